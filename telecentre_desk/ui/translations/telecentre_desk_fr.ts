<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="67"/>
        <source>Télécentre Desk cannot open its database:
%1

%2</source>
        <translation>Télécentre Desk ne peut pas ouvrir sa base de données :
%1

%2</translation>
    </message>
    <message>
        <location filename="../app.py" line="68"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../crash.py" line="53"/>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <location filename="../crash.py" line="57"/>
        <source>Something unexpected happened and the last action may not have been completed.

The details were written to the log folder:
%1

Please send the latest log file to whoever maintains this desk.</source>
        <translation>Un problème inattendu est survenu et la dernière action n’a peut-être pas abouti.

Les détails ont été écrits dans le dossier des journaux :
%1

Merci d’envoyer le journal le plus récent à la personne qui assure la maintenance de cet accueil.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="62"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="36"/>
        <source>Coming with the check-in issue: members scan their QR badge on arrival and on leaving, and the host sees who is in.</source>
        <translation>Arrive avec le ticket « pointage » : les membres scannent leur badge QR à l’arrivée et au départ, et l’accueil voit qui est présent.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="39"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="40"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>Coming with the occupancy issue: desks, offices and the meeting room, day by day.</source>
        <translation>Arrive avec le ticket « occupation » : postes, bureaux et salle de réunion, jour par jour.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="43"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="44"/>
        <source>Coming with the invoicing issue: monthly invoices, credit notes and payments, in Factur-X.</source>
        <translation>Arrive avec le ticket « facturation » : factures mensuelles, avoirs et paiements, au format Factur-X.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47"/>
        <source>Coming with the sync issue: exchange files with the other places of the SoLozère network, and welcome roaming members.</source>
        <translation>Arrive avec le ticket « synchronisation » : échanger des fichiers avec les autres lieux du réseau SoLozère et accueillir les membres itinérants.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Reports</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source>Coming with the reports issue: visits, person-days and occupancy rate for the funders.</source>
        <translation>Arrive avec le ticket « bilans » : visites, journées-personnes et taux d’occupation pour les financeurs.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;Edit place details…</source>
        <translation>&amp;Modifier les informations du lieu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;About Télécentre Desk</source>
        <translation>À &amp;propos de Télécentre Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>&lt;h3&gt;Télécentre Desk %1&lt;/h3&gt;&lt;p&gt;The front desk of a rural shared workplace of the SoLozère network: members, plans, check-in, invoices. It works fully offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Télécentre Desk %1&lt;/h3&gt;&lt;p&gt;L’accueil d’un tiers-lieu rural du réseau SoLozère : membres, formules, pointage, factures. Il fonctionne entièrement hors ligne.&lt;/p&gt;&lt;p&gt;Licence : EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>About Télécentre Desk</source>
        <translation>À propos de Télécentre Desk</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../members/member_dialog.py" line="56"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="56"/>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="64"/>
        <source>9 digits, for a business customer</source>
        <translation>9 chiffres, pour un client professionnel</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="78"/>
        <source>First name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="79"/>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="80"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="81"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="82"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="83"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="84"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="85"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="86"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="87"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="88"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="90"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="91"/>
        <source>Starting on</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="126"/>
        <source>member since %1</source>
        <translation>membre depuis le %1</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="132"/>
        <source>No plan for now</source>
        <translation>Pas de formule pour l’instant</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../members/labels.py" line="12"/>
        <source>Freelancer</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="13"/>
        <source>Remote employee</source>
        <translation>Salarié en télétravail</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="14"/>
        <source>Jobseeker</source>
        <translation>Demandeur d’emploi</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="15"/>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="16"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="17"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="18"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="22"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="23"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../members/labels.py" line="24"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../members/screen.py" line="40"/>
        <source>Search by name, email, company or number…</source>
        <translation>Rechercher par nom, e-mail, entreprise ou numéro…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="43"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="47"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="55"/>
        <source>New member…</source>
        <translation>Nouveau membre…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="57"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="62"/>
        <location filename="../members/screen.py" line="162"/>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="136"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="136"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="138"/>
        <source>%1 of %2 members shown</source>
        <translation>%1 membres affichés sur %2</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="162"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="204"/>
        <source>Deactivate %1 (%2)?

Their subscriptions end today and they are no longer billed. Their history and invoices are kept.</source>
        <translation>Désactiver %1 (%2) ?

Ses abonnements prennent fin aujourd’hui et ne sont plus facturés. Son historique et ses factures sont conservés.</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="207"/>
        <source>Deactivate member</source>
        <translation>Désactiver le membre</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../members/table_model.py" line="41"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="42"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="43"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="44"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="45"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="47"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="48"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../places/place_dialog.py" line="34"/>
        <source>Set up this place</source>
        <translation>Configurer ce lieu</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="35"/>
        <source>&lt;b&gt;Welcome to Télécentre Desk.&lt;/b&gt;&lt;br&gt;This database does not belong to a place yet. Tell us which place this desk runs: its name shows at the desk, its legal details print on invoices.</source>
        <translation>&lt;b&gt;Bienvenue dans Télécentre Desk.&lt;/b&gt;&lt;br&gt;Cette base de données n’appartient encore à aucun lieu. Indiquez le lieu que gère cet accueil : son nom s’affiche à l’accueil, ses mentions légales s’impriment sur les factures.</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="40"/>
        <source>Create the place</source>
        <translation>Créer le lieu</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="42"/>
        <source>Place details</source>
        <translation>Informations du lieu</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../places/place_form.py" line="19"/>
        <source>Subject to VAT</source>
        <translation>Assujetti à la TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="20"/>
        <source>VAT franchise (art. 293 B du CGI)</source>
        <translation>Franchise en base de TVA (art. 293 B du CGI)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="21"/>
        <source>Exempt from VAT</source>
        <translation>Exonéré de TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="35"/>
        <source>e.g. FLO</source>
        <translation>ex. FLO</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="36"/>
        <source>2 to 8 letters or digits; it starts every member number (FLO-0042)</source>
        <translation>2 à 8 lettres ou chiffres ; il débute chaque numéro de membre (FLO-0042)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="40"/>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="41"/>
        <source>as printed on invoices</source>
        <translation>tel qu’imprimé sur les factures</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="44"/>
        <source>Days and hours, e.g. mon-fri 08:00-19:00; sat 09:00-12:30</source>
        <translation>Jours et horaires, ex. lun-ven 08:00-19:00; sam 09:00-12:30</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="56"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="57"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="58"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="60"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="61"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="62"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="63"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="64"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="65"/>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="66"/>
        <source>Fields marked * are required. Everything can be changed later from Place &gt; Edit place details.</source>
        <translation>Les champs marqués * sont obligatoires. Tout reste modifiable ensuite par Lieu &gt; Modifier les informations du lieu.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plans/plan_dialog.py" line="44"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="44"/>
        <source>Edit plan</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="51"/>
        <source>e.g. RESIDENT</source>
        <translation>ex. RESIDENT</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="66"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="67"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="69"/>
        <source>Price excl. VAT (€) *</source>
        <translation>Prix HT (€) *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="70"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="71"/>
        <source>Days in the carnet</source>
        <translation>Jours du carnet</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../plans/labels.py" line="12"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../plans/labels.py" line="13"/>
        <source>Carnet of days</source>
        <translation>Carnet de jours</translation>
    </message>
    <message>
        <location filename="../plans/labels.py" line="14"/>
        <source>Day pass</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../plans/labels.py" line="15"/>
        <source>Half-day pass</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <location filename="../plans/labels.py" line="16"/>
        <source>Meeting room (per hour)</source>
        <translation>Salle de réunion (à l’heure)</translation>
    </message>
    <message>
        <location filename="../plans/labels.py" line="17"/>
        <source>Extra</source>
        <translation>Supplément</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../plans/screen.py" line="38"/>
        <source>Plans and passes sold at this place. Prices exclude VAT.</source>
        <translation>Formules et entrées vendues dans ce lieu. Prix hors taxes.</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="40"/>
        <source>New plan…</source>
        <translation>Nouvelle formule…</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="42"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="46"/>
        <location filename="../plans/screen.py" line="110"/>
        <source>Take off sale</source>
        <translation>Retirer de la vente</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="82"/>
        <source>%1 plans, %2 on sale</source>
        <translation>%1 formules, dont %2 en vente</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="110"/>
        <source>Put on sale</source>
        <translation>Remettre en vente</translation>
    </message>
</context>
<context>
    <name>PlansTableModel</name>
    <message>
        <location filename="../plans/table_model.py" line="39"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="41"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="42"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="43"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="44"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="45"/>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="112"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="112"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../store.py" line="63"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../store.py" line="75"/>
        <source>Cannot read the data</source>
        <translation>Impossible de lire les données</translation>
    </message>
</context>
</TS>
