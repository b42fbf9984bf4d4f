<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../accessibility.py" line="82"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../kiosk/answer_panel.py" line="53"/>
        <source>Show your badge</source>
        <translation>Présentez votre badge</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_panel.py" line="53"/>
        <source>Hold the QR code in front of the camera, or scan it with the reader.</source>
        <translation>Placez le code QR devant la caméra, ou passez-le sous le lecteur.</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <location filename="../frontdesk/answers.py" line="36"/>
        <source>Badge not recognised</source>
        <translation>Badge non reconnu</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="37"/>
        <source>Scan it again; if it still fails, see the host.</source>
        <translation>Scannez-le à nouveau ; si cela échoue encore, voyez l’accueil.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="38"/>
        <source>Invalid badge</source>
        <translation>Badge invalide</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="39"/>
        <source>This code matches no badge of the place: see the host.</source>
        <translation>Ce code ne correspond à aucun badge du lieu : voyez l’accueil.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="40"/>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="41"/>
        <source>This badge no longer works: see the host.</source>
        <translation>Ce badge ne fonctionne plus : voyez l’accueil.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="42"/>
        <source>Badge replaced</source>
        <translation>Badge remplacé</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="43"/>
        <source>Use your new badge.</source>
        <translation>Utilisez votre nouveau badge.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="44"/>
        <source>Member of another place</source>
        <translation>Membre d’un autre lieu</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="45"/>
        <source>This place does not take the network&apos;s members.</source>
        <translation>Ce lieu n’accueille pas les membres du réseau.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="46"/>
        <location filename="../frontdesk/answers.py" line="61"/>
        <source>Membership not active</source>
        <translation>Adhésion inactive</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="47"/>
        <source>See the host to renew it.</source>
        <translation>Voyez l’accueil pour la renouveler.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="48"/>
        <source>No plan for today</source>
        <translation>Pas de formule pour aujourd’hui</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="49"/>
        <source>See the host for a day pass or a plan.</source>
        <translation>Voyez l’accueil pour un pass journée ou une formule.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="50"/>
        <source>No days left on the carnet</source>
        <translation>Plus de jours sur le carnet</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="51"/>
        <source>See the host.</source>
        <translation>Voyez l’accueil.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="52"/>
        <source>Closed now</source>
        <translation>Fermé en ce moment</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="53"/>
        <source>The place is outside its opening hours.</source>
        <translation>Le lieu est en dehors de ses horaires d’ouverture.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="54"/>
        <source>Payment overdue</source>
        <translation>Paiement en retard</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="55"/>
        <source>See the host about an unpaid invoice.</source>
        <translation>Voyez l’accueil au sujet d’une facture impayée.</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="60"/>
        <source>Member of another place of the network</source>
        <translation>Membre d’un autre lieu du réseau</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="62"/>
        <source>No plan covers today</source>
        <translation>Aucune formule ne couvre aujourd’hui</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="63"/>
        <source>No days left on the carnet: this day is billed apart</source>
        <translation>Plus de jours sur le carnet : cette journée est facturée à part</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="64"/>
        <source>Outside opening hours</source>
        <translation>En dehors des horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="65"/>
        <source>An invoice is overdue: please see the host</source>
        <translation>Une facture est en retard : merci de voir l’accueil</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="71"/>
        <source>%1 day left on the carnet</source>
        <translation>%1 jour restant sur le carnet</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="72"/>
        <source>%1 days left on the carnet</source>
        <translation>%1 jours restants sur le carnet</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="73"/>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="74"/>
        <source>%1 h %2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="75"/>
        <source>Goodbye %1</source>
        <translation>Au revoir %1</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="76"/>
        <source>Goodbye %1, %2 today</source>
        <translation>Au revoir %1, %2 aujourd’hui</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="77"/>
        <source>Hello %1, have a good day</source>
        <translation>Bonjour %1, bonne journée</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="78"/>
        <source>Desk %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="79"/>
        <source>already recorded a moment ago</source>
        <translation>déjà enregistré à l’instant</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="80"/>
        <source>Scan your badge</source>
        <translation>Scannez votre badge</translation>
    </message>
    <message>
        <location filename="../frontdesk/answers.py" line="81"/>
        <source>Hold the QR code under the scanner.</source>
        <translation>Passez le code QR sous le lecteur.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="65"/>
        <source>Télécentre Desk cannot open its database:
%1

%2</source>
        <translation>Télécentre Desk ne peut pas ouvrir sa base de données :
%1

%2</translation>
    </message>
    <message>
        <location filename="../app.py" line="66"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../app.py" line="110"/>
        <source>Télécentre Desk already has this database open in another window: it was brought forward.</source>
        <translation>Télécentre Desk a déjà cette base ouverte dans une autre fenêtre&#x202f;: elle a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>AutoPurge</name>
    <message>
        <location filename="../privacy/auto_purge.py" line="50"/>
        <source>Purging old personal data…</source>
        <translation>Purge des anciennes données personnelles…</translation>
    </message>
</context>
<context>
    <name>BackupHook</name>
    <message>
        <location filename="../backup/hook.py" line="46"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="62"/>
        <source>⚠ No backup folder</source>
        <translation>⚠ Aucun dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="63"/>
        <source>⚠ Backup folder unreachable</source>
        <translation>⚠ Dossier de sauvegarde introuvable</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="64"/>
        <source>⚠ No backup for 2 days</source>
        <translation>⚠ Pas de sauvegarde depuis 2 jours</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="65"/>
        <source>⚠ Backups: a problem</source>
        <translation>⚠ Sauvegardes : un problème</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="70"/>
        <source>Click to open Place &gt; Backups.</source>
        <translation>Cliquez pour ouvrir Lieu &gt; Sauvegardes.</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="93"/>
        <source>The backup of %1 is restored; the previous database is kept as %2. The window closes now: start Télécentre Desk again.</source>
        <translation>La sauvegarde du %1 est restaurée&#x202f;; la base précédente est conservée sous %2. La fenêtre se ferme&#x202f;: relancez Télécentre Desk.</translation>
    </message>
    <message>
        <location filename="../backup/hook.py" line="95"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../backup/settings_dialog.py" line="42"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="45"/>
        <source>Every day, while the window is open, the database is copied into this folder (a USB stick or a network drive, not this computer&apos;s disk), checked, and the copies are kept 7 days, 4 weeks and 12 months.</source>
        <translation>Chaque jour, tant que la fenêtre est ouverte, la base est copiée dans ce dossier (une clé USB ou un lecteur réseau, pas le disque de cet ordinateur), vérifiée, et les copies sont gardées 7 jours, 4 semaines et 12 mois.</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="50"/>
        <source>e.g. /media/usb-stick</source>
        <translation>ex. /media/cle-usb</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="58"/>
        <source>(set)</source>
        <translation>(définie)</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="58"/>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="61"/>
        <source>The badge key goes into each backup sealed with this passphrase: write it down and keep it away from the computer. Without it, a new computer cannot reprint the badges.</source>
        <translation>La clé des badges part dans chaque sauvegarde, scellée par cette phrase de passe&#x202f;: notez-la et gardez-la loin de l’ordinateur. Sans elle, un nouvel ordinateur ne pourra pas réimprimer les badges.</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="66"/>
        <location filename="../backup/settings_dialog.py" line="104"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="67"/>
        <source>Recovery passphrase</source>
        <translation>Phrase de passe de secours</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="68"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (bis)</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="72"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="74"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="96"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="97"/>
        <source>Last good backup: %1 (UTC).</source>
        <translation>Dernière sauvegarde réussie&#x202f;: %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="115"/>
        <source>The folder %1 cannot be reached: is the USB stick or the network drive connected?</source>
        <translation>Le dossier %1 est inaccessible&#x202f;: la clé USB ou le lecteur réseau est-il branché&#x202f;?</translation>
    </message>
    <message>
        <location filename="../backup/settings_dialog.py" line="119"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../badges/members_hook.py" line="24"/>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../badges/members_hook.py" line="30"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="54"/>
        <source>Issue badge…</source>
        <translation>Établir le badge…</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="55"/>
        <source>Show badge…</source>
        <translation>Voir le badge…</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="56"/>
        <source>Revoke badge…</source>
        <translation>Révoquer le badge…</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="57"/>
        <source>Print badge…</source>
        <translation>Imprimer le badge…</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="58"/>
        <source>Print badges of all active members…</source>
        <translation>Imprimer les badges de tous les membres actifs…</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="90"/>
        <source>%1 already has a badge. Issue a new one?

The current badge stops working at once, here and at every place after the next sync. Do this for a lost or stolen badge.</source>
        <translation>%1 a déjà un badge. En établir un nouveau ?

Le badge actuel cesse aussitôt de fonctionner, ici puis dans chaque lieu après la prochaine synchronisation. À faire pour un badge perdu ou volé.</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="93"/>
        <source>Reissue badge</source>
        <translation>Remplacer le badge</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="98"/>
        <source>Badge no. %1 issued to %2</source>
        <translation>Badge n°%1 établi pour %2</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="117"/>
        <source>No badge</source>
        <translation>Pas de badge</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="118"/>
        <source>%1 has no active badge: issue one first.</source>
        <translation>%1 n’a pas de badge actif : établissez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="136"/>
        <source>Revoke every badge of %1 (%2)? They stop working at once.

Reason (kept in the audit log):</source>
        <translation>Révoquer tous les badges de %1 (%2) ? Ils cessent aussitôt de fonctionner.

Motif (conservé dans le journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="138"/>
        <source>Revoke badge</source>
        <translation>Révoquer le badge</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="144"/>
        <source>Badge of %1 revoked</source>
        <translation>Badge de %1 révoqué</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="168"/>
        <source>Save the badge sheet</source>
        <translation>Enregistrer la planche de badges</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../badges/actions.py" line="181"/>
        <source>%n badge(s) on %1: %2</source>
        <translation>
            <numerusform>%n badge sur %1&#xa0;: %2</numerusform>
            <numerusform>%n badges sur %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../badges/actions.py" line="182"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="185"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../badges/actions.py" line="190"/>
        <source>Making the badge sheet…</source>
        <translation>Préparation de la planche de badges…</translation>
    </message>
    <message>
        <source>%1 badge(s) on %2 page(s): %3</source>
        <translation type="vanished">%1 badge(s) sur %2 page(s) : %3</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../badges/preview_dialog.py" line="52"/>
        <source>Badge of %1</source>
        <translation>Badge de %1</translation>
    </message>
    <message>
        <location filename="../badges/preview_dialog.py" line="69"/>
        <source>Badge no. %1</source>
        <translation>Badge n°%1</translation>
    </message>
    <message>
        <location filename="../badges/preview_dialog.py" line="91"/>
        <source>Print this badge…</source>
        <translation>Imprimer ce badge…</translation>
    </message>
</context>
<context>
    <name>BlockersDialog</name>
    <message>
        <location filename="../invoices/blockers_dialog.py" line="34"/>
        <source>These invoices cannot be issued yet</source>
        <translation>Ces factures ne peuvent pas encore être émises</translation>
    </message>
    <message>
        <location filename="../invoices/blockers_dialog.py" line="37"/>
        <source>An invoice must show the seller&apos;s and the customer&apos;s legal details. Complete what is listed below, then issue again: nothing was numbered.</source>
        <translation>Une facture doit porter les mentions légales du vendeur et du client. Complétez ce qui est listé ci-dessous, puis émettez à nouveau&#xa0;: rien n’a été numéroté.</translation>
    </message>
    <message>
        <location filename="../invoices/blockers_dialog.py" line="47"/>
        <source>&lt;b&gt;The place&lt;/b&gt; lacks:</source>
        <translation>&lt;b&gt;Le lieu&lt;/b&gt; n’a pas encore&#xa0;:</translation>
    </message>
    <message>
        <location filename="../invoices/blockers_dialog.py" line="49"/>
        <source>Complete the place…</source>
        <translation>Compléter le lieu…</translation>
    </message>
    <message>
        <location filename="../invoices/blockers_dialog.py" line="59"/>
        <source>Edit %1…</source>
        <translation>Modifier %1…</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../bookings/booking_dialog.py" line="68"/>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="74"/>
        <source>Name or number…</source>
        <translation>Nom ou numéro…</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/booking_dialog.py" line="220"/>
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="96"/>
        <source>1: this day only; more: the same day and time every week</source>
        <translation>1&#xa0;: ce jour seulement&#xa0;; plus&#xa0;: le même jour à la même heure chaque semaine</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="68"/>
        <source>Move or edit the booking</source>
        <translation>Déplacer ou modifier la réservation</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="97"/>
        <source>Book even if the member&apos;s plan does not cover the day</source>
        <translation>Réserver même si la formule du membre ne couvre pas ce jour</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="99"/>
        <source>Host&apos;s reason (kept in the audit log)</source>
        <translation>Motif de l’accueil (conservé dans le journal)</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="105"/>
        <source>Member *</source>
        <translation>Membre *</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="106"/>
        <source>Room or desk</source>
        <translation>Salle ou poste</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="108"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="112"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="114"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="116"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="117"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="120"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="120"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="167"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="167"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../bookings/booking_dialog.py" line="167"/>
        <source>Whole day</source>
        <translation>Journée entière</translation>
    </message>
</context>
<context>
    <name>BookingPrompts</name>
    <message>
        <location filename="../bookings/prompts.py" line="12"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="13"/>
        <source>Cancel this booking?

%1</source>
        <translation>Annuler cette réservation&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="14"/>
        <source>Cancel this one</source>
        <translation>Annuler celle-ci</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="15"/>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="16"/>
        <source>Cancel this one and the following weeks</source>
        <translation>Annuler celle-ci et les semaines suivantes</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="17"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="43"/>
        <source>Change a weekly booking</source>
        <translation>Modifier une réservation hebdomadaire</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="44"/>
        <source>This booking repeats every week. Change only this one, or this one and the following weeks alike?

%1</source>
        <translation>Cette réservation se répète chaque semaine. Modifier celle-ci seulement, ou celle-ci et les semaines suivantes de la même façon&#xa0;?

%1</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="46"/>
        <source>Only this one</source>
        <translation>Celle-ci seulement</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="47"/>
        <source>This one and the following weeks</source>
        <translation>Celle-ci et les semaines suivantes</translation>
    </message>
    <message>
        <location filename="../bookings/prompts.py" line="48"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>BookingsDayModel</name>
    <message>
        <location filename="../bookings/day_model.py" line="51"/>
        <source>Repeats every week</source>
        <translation>Se répète chaque semaine</translation>
    </message>
</context>
<context>
    <name>BookingsScreen</name>
    <message>
        <location filename="../bookings/screen.py" line="76"/>
        <source>New booking…</source>
        <translation>Nouvelle réservation…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">Rétablir</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="80"/>
        <source>Move or edit…</source>
        <translation>Déplacer ou modifier…</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="81"/>
        <source>Another day, time, room, desk, member or note for the selected booking</source>
        <translation>Un autre jour, une autre heure, salle, un autre poste, membre ou une autre note pour la réservation choisie</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="82"/>
        <source>Cancel booking…</source>
        <translation>Annuler la réservation…</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="112"/>
        <source>Select free half hours of a room or a desk, then “New booking…”; double-click a booking (or drag it) to move or edit it, Delete cancels it, Ctrl+Z undoes. Desks are booked by the day or the half day.</source>
        <translation>Sélectionnez des demi-heures libres d’une salle ou d’un poste, puis «&#xa0;Nouvelle réservation…&#xa0;»&#xa0;; double-cliquez sur une réservation (ou glissez-la) pour la déplacer ou la modifier, Suppr l’annule, Ctrl+Z défait la dernière action. Les postes se réservent à la journée ou à la demi-journée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="268"/>
        <source>Cancellation of %n booking(s) of %1</source>
        <translation>
            <numerusform>Annulation de la réservation de %1</numerusform>
            <numerusform>Annulation de %n réservations de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="321"/>
        <source>%n booking(s) changed</source>
        <translation>
            <numerusform>%n réservation modifiée</numerusform>
            <numerusform>%n réservations modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="329"/>
        <source>Change of %n booking(s) of %1</source>
        <translation>
            <numerusform>Modification de la réservation de %1</numerusform>
            <numerusform>Modification de %n réservations de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of the booking of %1</source>
        <translation type="vanished">Modification de la réservation de %1</translation>
    </message>
    <message>
        <source>Select free half hours of a room or a desk, then “New booking…”; double-click a booking to cancel it. Desks are booked by the day or the half day.</source>
        <translation type="vanished">Sélectionnez des demi-heures libres d’une salle ou d’un poste, puis «&#xa0;Nouvelle réservation…&#xa0;»&#xa0;; double-cliquez sur une réservation pour l’annuler. Les postes se réservent à la journée ou à la demi-journée.</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="172"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="173"/>
        <source>No opening hours on this day</source>
        <translation>Pas d’horaires d’ouverture ce jour-là</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="189"/>
        <source>Closed: %1</source>
        <translation>Fermé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="259"/>
        <source>%n booking(s) cancelled</source>
        <translation>
            <numerusform>%n réservation annulée</numerusform>
            <numerusform>%n réservations annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancellation of %1</source>
        <translation type="vanished">Annulation de %1</translation>
    </message>
    <message>
        <location filename="../bookings/screen.py" line="319"/>
        <source>Booking changed: %1</source>
        <translation>Réservation modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change of %1</source>
        <translation type="vanished">Modification de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../bookings/screen.py" line="370"/>
        <source>%n booking(s) made</source>
        <translation>
            <numerusform>%n réservation faite</numerusform>
            <numerusform>%n réservations faites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsWeekModel</name>
    <message>
        <location filename="../bookings/week_model.py" line="77"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../camera/camera_dialog.py" line="33"/>
        <source>Camera and sounds</source>
        <translation>Caméra et sons</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="40"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="42"/>
        <source>A badge held in front of the camera is read once, then not again until it has been out of sight this long.</source>
        <translation>Un badge présenté à la caméra est lu une fois, puis plus avant d’être resté hors de vue aussi longtemps.</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="44"/>
        <source>Play a sound when a scan is accepted or refused</source>
        <translation>Jouer un son quand un scan est accepté ou refusé</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="49"/>
        <source>Hold a badge in front of the camera to try it (nothing is recorded).</source>
        <translation>Présentez un badge à la caméra pour l’essayer (rien n’est enregistré).</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="55"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="56"/>
        <source>Read the same badge again after</source>
        <translation>Relire le même badge après</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="79"/>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="84"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../camera/camera_dialog.py" line="106"/>
        <source>Badge read: %1</source>
        <translation>Badge lu : %1</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../camera/scanner_widget.py" line="66"/>
        <source>Camera scanning is not available on this computer: the multimedia support could not be loaded (%1).

Badges can still be scanned with a USB scanner.</source>
        <translation>La lecture par caméra n’est pas disponible sur cet ordinateur : le support multimédia n’a pas pu être chargé (%1).

Les badges peuvent toujours être scannés avec un lecteur USB.</translation>
    </message>
    <message>
        <location filename="../camera/scanner_widget.py" line="71"/>
        <source>No camera found. Plug in a webcam: it is picked up by itself.

Badges can still be scanned with a USB scanner.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam : elle sera détectée automatiquement.

Les badges peuvent toujours être scannés avec un lecteur USB.</translation>
    </message>
    <message>
        <location filename="../camera/scanner_widget.py" line="135"/>
        <source>The camera stopped: %1

Badges can still be scanned with a USB scanner.</source>
        <translation>La caméra s’est arrêtée : %1

Les badges peuvent toujours être scannés avec un lecteur USB.</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="50"/>
        <location filename="../invoices/fiscal_actions.py" line="89"/>
        <source>Cancel a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="56"/>
        <source>%1: %2 by %3</source>
        <translation>%1&#xa0;: %2 par %3</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="60"/>
        <source>e.g. cheque returned unpaid</source>
        <translation>p. ex. chèque revenu impayé</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="62"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="63"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="64"/>
        <source>The payment stays in the records; a reversing entry cancels it, with your reason, in the journal of sensitive events.</source>
        <translation>Le paiement reste dans les registres&#xa0;; une écriture d’annulation le contrepasse, avec votre motif, inscrite au journal des événements sensibles.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="70"/>
        <source>Cancel the payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="90"/>
        <source>Cancel the payment %1?

Reason: %2</source>
        <translation>Annuler le paiement %1&#xa0;?

Motif&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="96"/>
        <source>Payment cancelled: %1</source>
        <translation>Paiement annulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../occupancy/charts.py" line="34"/>
        <source>By member category</source>
        <translation>Par catégorie de membres</translation>
    </message>
    <message>
        <location filename="../occupancy/charts.py" line="48"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../occupancy/charts.py" line="49"/>
        <source>Person-days</source>
        <translation>Jours-personnes</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../occupancy/category_model.py" line="36"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="37"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="38"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="39"/>
        <source>Person-days</source>
        <translation>Jours-personnes</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="40"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="41"/>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location filename="../occupancy/category_model.py" line="87"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../crash.py" line="54"/>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <location filename="../crash.py" line="58"/>
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
        <location filename="../crash.py" line="63"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../invoices/credit_dialog.py" line="33"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="37"/>
        <source>The whole invoice (%1)</source>
        <translation>Toute la facture (%1)</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="39"/>
        <source>Part of it, VAT included:</source>
        <translation>Une partie, TVA comprise :</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="42"/>
        <source>euros, e.g. 36,00</source>
        <translation>euros, par ex. 36,00</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="46"/>
        <source>e.g. billed twice in November</source>
        <translation>par ex. facturé deux fois en novembre</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="52"/>
        <source>A credit note is issued at once with its own number; it cannot be undone.</source>
        <translation>Un avoir est émis aussitôt avec son propre numéro ; il ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="58"/>
        <source>Issue the credit note…</source>
        <translation>Émettre l’avoir…</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="93"/>
        <source>a credit note needs its reason</source>
        <translation>un avoir demande son motif</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="96"/>
        <source>the whole invoice (%1)</source>
        <translation>la totalité de la facture (%1)</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="97"/>
        <source>%1 € VAT included</source>
        <translation>%1 € TTC</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="98"/>
        <source>Issue a credit note of %1 on %2?

Reason: %3

It gets its own number for good and cannot be undone.</source>
        <translation>Émettre un avoir de %1 sur %2&#xa0;?

Motif&#xa0;: %3

Il reçoit définitivement son propre numéro et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../invoices/credit_dialog.py" line="100"/>
        <source>Issue a credit note</source>
        <translation>Émettre un avoir</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../backup/daily.py" line="62"/>
        <source>Daily backup…</source>
        <translation>Sauvegarde quotidienne…</translation>
    </message>
</context>
<context>
    <name>DayNavigator</name>
    <message>
        <location filename="../bookings/navigation.py" line="22"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../bookings/navigation.py" line="24"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../bookings/navigation.py" line="34"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../bookings/navigation.py" line="36"/>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="124"/>
        <source>New desk</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="124"/>
        <source>Rename desk</source>
        <translation>Renommer le poste</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="130"/>
        <source>e.g. OS-11</source>
        <translation>ex. : OS-11</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="131"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="132"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
</context>
<context>
    <name>DeskGateway</name>
    <message>
        <location filename="../frontdesk/gateway.py" line="112"/>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <location filename="../frontdesk/gateway.py" line="122"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <location filename="../frontdesk/lists.py" line="44"/>
        <source>Check out</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <location filename="../frontdesk/lists.py" line="49"/>
        <source>Last scans today</source>
        <translation>Derniers passages aujourd’hui</translation>
    </message>
    <message>
        <location filename="../frontdesk/lists.py" line="115"/>
        <source>Who is in: nobody</source>
        <translation>Présents : personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../frontdesk/lists.py" line="116"/>
        <source>Who is in: %n</source>
        <translation>
            <numerusform>Présents : %n</numerusform>
            <numerusform>Présents : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="32"/>
        <source>Membership not active</source>
        <translation>Adhésion inactive</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="33"/>
        <source>No plan covers the day</source>
        <translation>Aucune formule ne couvre le jour</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="34"/>
        <source>No days left on the carnet</source>
        <translation>Plus de jours sur le carnet</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="35"/>
        <source>Outside opening hours</source>
        <translation>En dehors des horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="36"/>
        <source>Invoice overdue</source>
        <translation>Facture en retard</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="37"/>
        <source>Member of another place of the network</source>
        <translation>Membre d’un autre lieu du réseau</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="40"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="41"/>
        <source>Let in, warn the host</source>
        <translation>Laisser entrer, prévenir l’accueil</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="42"/>
        <source>Let in silently</source>
        <translation>Laisser entrer sans rien dire</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="69"/>
        <source>Desk settings</source>
        <translation>Réglages de l’accueil</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="84"/>
        <source>A second scan this soon repeats the answer instead of checking out</source>
        <translation>Un second scan aussi rapproché répète la réponse au lieu d’enregistrer un départ</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="85"/>
        <source>Repeat window</source>
        <translation>Double scan ignoré pendant</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="86"/>
        <source>Count a half day up to</source>
        <translation>Compter une demi-journée jusqu’à</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="90"/>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="98"/>
        <source>Carnets</source>
        <translation>Carnets</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="99"/>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="100"/>
        <source>Overdue after</source>
        <translation>En retard après</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="101"/>
        <source>Rules at this place</source>
        <translation>Règles de ce lieu</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="105"/>
        <location filename="../frontdesk/settings_dialog.py" line="107"/>
        <source> characters</source>
        <translation>&#xa0;caractères</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="106"/>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="109"/>
        <source>A scan has at least</source>
        <translation>Un scan compte au moins</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="110"/>
        <source>Longest gap between characters</source>
        <translation>Écart maximal entre deux caractères</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="111"/>
        <source>Without Enter or Tab, a scan has at least</source>
        <translation>Sans Entrée ni Tab, un scan compte au moins</translation>
    </message>
    <message>
        <location filename="../frontdesk/settings_dialog.py" line="112"/>
        <source>Barcode scanner of this computer</source>
        <translation>Lecteur de codes de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../invoices/detail.py" line="138"/>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="140"/>
        <source>Select an invoice to see its lines and payments.</source>
        <translation>Sélectionnez une facture pour voir ses lignes et ses paiements.</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="148"/>
        <source>Draft of %1</source>
        <translation>Brouillon de %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="153"/>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="156"/>
        <source>Issued on %1</source>
        <translation>Émise le %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="158"/>
        <source>Due on %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="160"/>
        <source>Credits invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="164"/>
        <source>Excl. VAT: %1</source>
        <translation>HT : %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="165"/>
        <source>VAT: %1</source>
        <translation>TVA : %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="166"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="170"/>
        <source>Credit to refund: %1</source>
        <translation>Avoir à rembourser %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="171"/>
        <source>Balance due: %1</source>
        <translation>Reste dû : %1</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="174"/>
        <source>%1: %2 by %3</source>
        <translation>%1 : %2 par %3</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="177"/>
        <source>Credit note %1: %2</source>
        <translation>Avoir %1 : %2</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="180"/>
        <source>Payments and credits</source>
        <translation>Paiements et avoirs</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="184"/>
        <source>No payment recorded yet.</source>
        <translation>Aucun paiement enregistré pour l’instant.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../privacy/erase_dialog.py" line="36"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="37"/>
        <source>Erase the personal data of %1 (%2)?

Their name, contact details, address, notes and free texts are removed from every table and from the audit log. Visits, bookings and statistics stay counted under the number only.</source>
        <translation>Effacer les données personnelles de %1 (%2)&#xa0;?

Ses nom, coordonnées, adresse, notes et textes libres sont retirés de toutes les tables et du journal des opérations. Passages, réservations et statistiques restent comptés sous le seul numéro.</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="42"/>
        <source>Nothing else is kept about them.</source>
        <translation>Rien d’autre n’est conservé à son sujet.</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="45"/>
        <source>Reason (e.g. written request of 05/12/2026)</source>
        <translation>Motif (par exemple&#xa0;: demande écrite du 05/12/2026)</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="46"/>
        <source>I understand that this cannot be undone</source>
        <translation>Je comprends que c’est définitif</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="48"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../privacy/erase_dialog.py" line="55"/>
        <source>What is kept, and why:</source>
        <translation>Ce qui est conservé, et pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../members/import_models.py" line="39"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../members/import_models.py" line="40"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../members/import_models.py" line="41"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FecDialog</name>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="105"/>
        <source>Export the FEC</source>
        <translation>Exporter le FEC</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="111"/>
        <source>Sales (411 / 706 / 44571) and receipts (512, 530) journals in the FEC layout, for the accountant.</source>
        <translation>Journaux des ventes (411 / 706 / 44571) et des encaissements (512, 530) au format FEC, pour l’expert-comptable.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="113"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="114"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../frontdesk/feedback.py" line="55"/>
        <source>Let in anyway…</source>
        <translation>Laisser entrer quand même…</translation>
    </message>
    <message>
        <location filename="../frontdesk/feedback.py" line="56"/>
        <source>Check this member in despite the refusal; your name and reason go to the audit log</source>
        <translation>Enregistrer l’arrivée malgré le refus ; votre nom et votre motif vont au journal d’audit</translation>
    </message>
</context>
<context>
    <name>FiscalActions</name>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="129"/>
        <source>Cancel a payment…</source>
        <translation>Annuler un paiement…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="130"/>
        <source>Cancel a payment of the selected invoice by a reversing entry, with its reason</source>
        <translation>Annuler un paiement de la facture sélectionnée par une écriture de contrepassation, avec son motif</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="133"/>
        <source>Export the FEC for the accountant…</source>
        <translation>Exporter le FEC pour l’expert-comptable…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="134"/>
        <source>Sales and receipts journals in the legal FEC layout</source>
        <translation>Journaux des ventes et des encaissements au format légal FEC</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="137"/>
        <source>Close the month…</source>
        <translation>Clôturer le mois…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="138"/>
        <source>Close the month shown for good: its totals join the perpetual totals and nothing can be issued or paid inside it any more</source>
        <translation>Clôturer définitivement le mois affiché&#xa0;: ses totaux rejoignent les totaux perpétuels et plus rien ne peut y être émis ni encaissé</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="141"/>
        <source>Archive the closed month…</source>
        <translation>Archiver le mois clôturé…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="142"/>
        <source>A file with the month&apos;s documents, journal and footprints, checkable on any computer</source>
        <translation>Un fichier avec les documents, le journal et les empreintes du mois, vérifiable sur n’importe quel ordinateur</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="145"/>
        <source>Check the invoices&apos; integrity</source>
        <translation>Vérifier l’intégrité des factures</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="146"/>
        <source>Check the footprint chain of every invoice, credit note and payment</source>
        <translation>Vérifier le chaînage des empreintes de chaque facture, avoir et paiement</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="170"/>
        <source>Close the month</source>
        <translation>Clôturer le mois</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="171"/>
        <source>Close %1 for good?

Its totals join the perpetual totals; no invoice, credit note or payment can be dated inside it any more.</source>
        <translation>Clôturer définitivement %1&#xa0;?

Ses totaux rejoignent les totaux perpétuels&#xa0;; aucune facture, aucun avoir ni paiement ne pourra plus y être daté.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="178"/>
        <source>%1 closed: %2 sales, %3 received; perpetual total %4.</source>
        <translation>%1 clôturé&#xa0;: %2 de ventes, %3 encaissés&#xa0;; total perpétuel %4.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="192"/>
        <source>Archive the closed month</source>
        <translation>Archiver le mois clôturé</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="193"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="197"/>
        <source>Archive of %1 saved to %2</source>
        <translation>Archive de %1 enregistrée dans %2</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="200"/>
        <location filename="../invoices/fiscal_actions.py" line="268"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="213"/>
        <source>Integrity checked: %1 documents, the chain is intact.</source>
        <translation>Intégrité vérifiée&#xa0;: %1 documents, le chaînage est intact.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="217"/>
        <source>Integrity check failed</source>
        <translation>Échec du contrôle d’intégrité</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="218"/>
        <source>The records were changed outside Télécentre Desk, first at %1. Keep this database as it is and call your support.</source>
        <translation>Les enregistrements ont été modifiés hors de Télécentre Desk, à partir de %1. Conservez cette base telle quelle et appelez votre support.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="231"/>
        <source>%1 has no payment to cancel.</source>
        <translation>%1 n’a aucun paiement à annuler.</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="253"/>
        <source>Export the FEC</source>
        <translation>Exporter le FEC</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="255"/>
        <source>FEC text (*.txt)</source>
        <translation>Texte FEC (*.txt)</translation>
    </message>
    <message>
        <location filename="../invoices/fiscal_actions.py" line="264"/>
        <source>%1 FEC rows saved to %2</source>
        <translation>%1 lignes FEC enregistrées dans %2</translation>
    </message>
</context>
<context>
    <name>FloorMenus</name>
    <message>
        <location filename="../floorplan/menus.py" line="46"/>
        <source>Add room…</source>
        <translation>Ajouter une salle…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="47"/>
        <location filename="../floorplan/menus.py" line="107"/>
        <source>Add desk…</source>
        <translation>Ajouter un poste…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="48"/>
        <source>Adds a desk to the selected room</source>
        <translation>Ajoute un poste à la salle sélectionnée</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="49"/>
        <source>Export layout…</source>
        <translation>Exporter le plan…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="50"/>
        <source>Import layout…</source>
        <translation>Importer un plan…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="88"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="89"/>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="94"/>
        <source>Set resident…</source>
        <translation>Attribuer à un résident…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="96"/>
        <source>Remove resident %1</source>
        <translation>Retirer le résident %1</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="99"/>
        <source>Move to room</source>
        <translation>Déplacer vers la salle</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="104"/>
        <source>Remove desk…</source>
        <translation>Supprimer le poste…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="106"/>
        <source>Edit room…</source>
        <translation>Modifier la salle…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="109"/>
        <source>Delete room…</source>
        <translation>Supprimer la salle…</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="187"/>
        <source>Removal of resident %1 from desk %2</source>
        <translation>Retrait du résident %1 du poste %2</translation>
    </message>
    <message>
        <source>Resident %1 removed from %2</source>
        <translation type="vanished">Résident %1 retiré du poste %2</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="196"/>
        <source>Remove desk %1 from %2?

Its history is kept; it is no longer offered at check-in.</source>
        <translation>Supprimer le poste %1 de %2 ?

Son historique est conservé ; il n’est plus proposé à l’arrivée.</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="197"/>
        <source>Remove desk</source>
        <translation>Supprimer le poste</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="208"/>
        <source>Removal of desk %1</source>
        <translation>Suppression du poste %1</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="234"/>
        <source>Move of desk %1 to %2</source>
        <translation>Déplacement du poste %1 vers %2</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="245"/>
        <source>Delete the room %1?

Only an empty room can be deleted: no desks, no bookings to come. Ctrl+Z brings it back.</source>
        <translation>Supprimer la salle %1&#xa0;?

Seule une salle vide peut être supprimée&#xa0;: aucun poste, aucune réservation à venir. Ctrl+Z la fait revenir.</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="247"/>
        <source>Delete room</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="257"/>
        <source>Deletion of room %1</source>
        <translation>Suppression de la salle %1</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="281"/>
        <source>Export the floor plan layout</source>
        <translation>Exporter le plan des salles</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="282"/>
        <source>floor-plan.json</source>
        <translation>plan-des-salles.json</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="288"/>
        <source>Layout of %1 rooms and desks saved to %2</source>
        <translation>Plan de %1 salles et postes enregistré dans %2</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="295"/>
        <source>Import a floor plan layout</source>
        <translation>Importer un plan des salles</translation>
    </message>
    <message>
        <location filename="../floorplan/menus.py" line="302"/>
        <source>Layout imported from %1</source>
        <translation>Plan importé depuis %1</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <location filename="../floorplan/states.py" line="25"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="26"/>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="27"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="29"/>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="40"/>
        <source>Open space</source>
        <translation>Espace ouvert</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="41"/>
        <source>Private office</source>
        <translation>Bureau privatif</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="42"/>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="43"/>
        <source>Phone box</source>
        <translation>Cabine téléphonique</translation>
    </message>
    <message>
        <location filename="../floorplan/states.py" line="44"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="38"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="39"/>
        <source>arrived at %1</source>
        <translation>arrivé(e) à %1</translation>
    </message>
    <message>
        <source>booked until %1</source>
        <translation type="vanished">réservé jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="40"/>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="41"/>
        <source>Booked by %1 until %2</source>
        <translation>Réservé par %1 jusqu’à %2</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="42"/>
        <source>Free, resident&apos;s desk</source>
        <translation>Libre (résident)</translation>
    </message>
    <message>
        <location filename="../floorplan/items.py" line="43"/>
        <source>Resident desk of %1 (%2)</source>
        <translation>Poste résident de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FloorPlanScreen</name>
    <message>
        <location filename="../floorplan/screen.py" line="62"/>
        <source>No rooms yet: use “Add room…” to draw the place.</source>
        <translation>Pas encore de salle : utilisez «&#xa0;Ajouter une salle…&#xa0;» pour dessiner le lieu.</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="66"/>
        <source>Arrange the plan</source>
        <translation>Agencer le plan</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="68"/>
        <source>Drag and resize rooms, drag desks, double-click to rename</source>
        <translation>Déplacez et redimensionnez les salles, déplacez les postes, double-cliquez pour renommer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">Rétablir</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="72"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="73"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="74"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="183"/>
        <source>Arranging: drag rooms and desks, resize a room by its corner, double-click to rename, right-click for more. Each drag is saved when you let go.</source>
        <translation>Agencement : déplacez salles et postes, redimensionnez une salle par son coin, double-cliquez pour renommer, clic droit pour plus. Chaque déplacement est enregistré au relâchement.</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="186"/>
        <source>Live: each desk shows who is there. Drag an occupied desk onto a free one to move its member; right-click a desk for more.</source>
        <translation>En direct : chaque poste montre qui est là. Glissez un poste occupé sur un poste libre pour y déplacer son membre ; clic droit sur un poste pour plus.</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="201"/>
        <source>Move of %1</source>
        <translation>Déplacement de %1</translation>
    </message>
    <message>
        <location filename="../floorplan/screen.py" line="232"/>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 déplacé(e) de %2 à %3</translation>
    </message>
</context>
<context>
    <name>FrontDeskScreen</name>
    <message>
        <location filename="../frontdesk/screen.py" line="67"/>
        <source>Check in or out by name or number (forgotten badge)…</source>
        <translation>Arrivée ou départ par nom ou numéro (badge oublié)…</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="68"/>
        <source>Check in / out</source>
        <translation>Arrivée / départ</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="69"/>
        <source>Sign in a visitor…</source>
        <translation>Accueillir un visiteur…</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="70"/>
        <source>Sell…</source>
        <translation>Vendre…</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="72"/>
        <source>Undo last check-in/out…</source>
        <translation>Annuler le dernier passage…</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="73"/>
        <source>The selected member&apos;s, or else the last answered member&apos;s, latest check-in or check-out is removed (kept in the audit log)</source>
        <translation>La dernière arrivée ou le dernier départ du membre sélectionné, sinon du dernier membre scanné, est retiré (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="76"/>
        <source>A pass, a carnet or an extra, invoiced now or with the month (%1)</source>
        <translation>Un pass, un carnet ou un extra, facturé tout de suite ou avec le mois (%1)</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="289"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="289"/>
        <source>Select a member in the list, or scan first.</source>
        <translation>Sélectionnez un membre dans la liste, ou scannez d’abord.</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="292"/>
        <source>Undo the last check-in or check-out</source>
        <translation>Annuler le dernier passage</translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="293"/>
        <source>Remove %1&apos;s latest check-in or check-out? It stays in the audit log.</source>
        <translation>Retirer la dernière arrivée ou le dernier départ de %1&#x202f;? Il reste dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="vanished">Enregistrer le départ</translation>
    </message>
    <message>
        <source>Last scans today</source>
        <translation type="vanished">Derniers passages aujourd’hui</translation>
    </message>
    <message>
        <source>Who is in: nobody</source>
        <translation type="vanished">Présents : personne</translation>
    </message>
    <message numerus="yes">
        <source>Who is in: %n</source>
        <translation type="vanished">
            <numerusform>Présents : %n</numerusform>
            <numerusform>Présents : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../frontdesk/screen.py" line="253"/>
        <source>No single active member matches “%1”: pick one in the list.</source>
        <translation>Aucun membre actif unique ne correspond à «&#xa0;%1&#xa0;» : choisissez-le dans la liste.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../help_dialog.py" line="20"/>
        <location filename="../help_dialog.py" line="23"/>
        <source>Host&apos;s guide</source>
        <translation>Guide de l’accueil</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../occupancy/heatmap.py" line="67"/>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <location filename="../occupancy/heatmap.py" line="87"/>
        <source>%1, %2 h: %3 people on average</source>
        <translation>%1, %2&#xa0;h&#xa0;: %3 personnes en moyenne</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../members/history_dialog.py" line="76"/>
        <source>Visits of %1</source>
        <translation>Passages de %1</translation>
    </message>
    <message>
        <location filename="../members/history_dialog.py" line="84"/>
        <source>%1 visits, %2 at other places of the network</source>
        <translation>%1 passages, dont %2 dans d’autres lieux du réseau</translation>
    </message>
</context>
<context>
    <name>InactiveModel</name>
    <message>
        <location filename="../privacy/settings_dialog.py" line="32"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="32"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <location filename="../invoices/actions.py" line="61"/>
        <source>Run the month…</source>
        <translation>Facturer le mois…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="62"/>
        <source>Draft every member&apos;s invoice for a month</source>
        <translation>Préparer la facture de chaque membre pour un mois</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="63"/>
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="64"/>
        <source>Give the selected drafts their numbers, for good</source>
        <translation>Donner leur numéro, définitivement, aux brouillons sélectionnés</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="65"/>
        <source>Issue all drafts…</source>
        <translation>Émettre tous les brouillons…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="66"/>
        <source>Issue every draft of the month shown</source>
        <translation>Émettre tous les brouillons du mois affiché</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="67"/>
        <source>Add a line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="68"/>
        <source>Add a line by hand to the selected draft</source>
        <translation>Ajouter une ligne à la main au brouillon sélectionné</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="69"/>
        <location filename="../invoices/actions.py" line="303"/>
        <source>Delete the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="70"/>
        <source>Delete the line added by hand that is selected in the detail</source>
        <translation>Supprimer la ligne ajoutée à la main sélectionnée dans le détail</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="74"/>
        <source>Discard the draft…</source>
        <translation>Abandonner le brouillon…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="75"/>
        <source>Delete the selected drafts (running the month again redrafts them)</source>
        <translation>Supprimer les brouillons sélectionnés (refacturer le mois les prépare à nouveau)</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="79"/>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="80"/>
        <source>Cash, cheque, transfer or card, on the selected invoice</source>
        <translation>Espèces, chèque, virement ou carte, sur la facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="81"/>
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="82"/>
        <source>Credit the selected invoice, wholly or in part</source>
        <translation>Émettre un avoir sur la facture sélectionnée, total ou partiel</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="83"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="85"/>
        <source>Save as Factur-X…</source>
        <translation>Enregistrer en Factur-X…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="86"/>
        <source>PDF/A-3 with its EN 16931 XML, for e-invoicing</source>
        <translation>PDF/A-3 avec son XML EN 16931, pour la facturation électronique</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="87"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="88"/>
        <source>Print the selected invoices with the system&apos;s print dialog</source>
        <translation>Imprimer les factures sélectionnées avec la boîte d’impression du système</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="89"/>
        <source>Export the month&apos;s journal (CSV)…</source>
        <translation>Exporter le journal du mois (CSV)…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="91"/>
        <source>The sales journal for the accountant, opened by French Excel</source>
        <translation>Le journal des ventes pour le comptable, lisible par Excel en français</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="92"/>
        <source>Export the month&apos;s list (CSV)…</source>
        <translation>Exporter la liste du mois (CSV)…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="93"/>
        <source>The month&apos;s invoices and credit notes with their status, for French Excel</source>
        <translation>Les factures et avoirs du mois avec leur état, pour Excel</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="94"/>
        <source>Save the month&apos;s print file (PDF)…</source>
        <translation>Enregistrer le fichier d’impression du mois (PDF)…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="96"/>
        <source>All the month&apos;s issued invoices in one PDF, to print</source>
        <translation>Toutes les factures émises du mois dans un seul PDF, à imprimer</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="97"/>
        <source>Export the month&apos;s PDFs to a folder…</source>
        <translation>Exporter les PDF du mois dans un dossier…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="98"/>
        <source>One PDF per issued invoice and credit note</source>
        <translation>Un PDF par facture et avoir émis</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="99"/>
        <source>Export the month&apos;s Factur-X to a folder…</source>
        <translation>Exporter les Factur-X du mois dans un dossier…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="101"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="125"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="174"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="178"/>
        <source>Draft of %1</source>
        <translation>Brouillon de %1</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="196"/>
        <source>Stopping after the current invoice…</source>
        <translation>Arrêt après la facture en cours…</translation>
    </message>
    <message>
        <source>Run the month</source>
        <translation type="vanished">Facturer le mois</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="221"/>
        <source>Drafting the invoices of %1…</source>
        <translation>Préparation des factures de %1…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="224"/>
        <source>Issue invoices</source>
        <translation>Émettre des factures</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="230"/>
        <source>Issuing %1 invoices…</source>
        <translation>Émission de %1 factures…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="249"/>
        <source>Each gets the next number of the series for good: an issued invoice can never be changed nor deleted, only corrected by a credit note.</source>
        <translation>Chacune reçoit définitivement le numéro suivant de la série&#xa0;: une facture émise ne peut plus être modifiée ni supprimée, seulement corrigée par un avoir.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="258"/>
        <source>Issue the draft %1?</source>
        <translation>Émettre le brouillon %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="260"/>
        <source>Issue the %1 selected drafts?</source>
        <translation>Émettre les %1 brouillons sélectionnés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="275"/>
        <source>No draft to issue for %1.</source>
        <translation>Aucun brouillon à émettre pour %1.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="277"/>
        <source>Issue the %1 drafts of %2?</source>
        <translation>Émettre les %1 brouillons de %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="302"/>
        <source>Delete the line “%1” from the draft?</source>
        <translation>Supprimer la ligne «&#xa0;%1&#xa0;» du brouillon&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="316"/>
        <source>Discard the draft %1?</source>
        <translation>Abandonner le brouillon %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="317"/>
        <source>Discard the %1 selected drafts?</source>
        <translation>Abandonner les %1 brouillons sélectionnés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="318"/>
        <source>Running the month again drafts them anew from the members&apos; plans.</source>
        <translation>Refacturer le mois les prépare à nouveau d’après les formules des membres.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="319"/>
        <source>Discard drafts</source>
        <translation>Abandonner des brouillons</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="323"/>
        <source>Draft discarded.</source>
        <translation>Brouillon abandonné.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="324"/>
        <source>%1 drafts discarded.</source>
        <translation>%1 brouillons abandonnés.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="355"/>
        <source>Credit note %1 issued.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="366"/>
        <source>Save %1 as Factur-X</source>
        <translation>Enregistrer %1 en Factur-X</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="366"/>
        <source>Save %1 as PDF</source>
        <translation>Enregistrer %1 en PDF</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="368"/>
        <location filename="../invoices/actions.py" line="433"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="385"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="387"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="404"/>
        <source>Export the month&apos;s journal</source>
        <translation>Exporter le journal du mois</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="405"/>
        <location filename="../invoices/actions.py" line="420"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="410"/>
        <location filename="../invoices/actions.py" line="425"/>
        <source>%1 rows saved to %2</source>
        <translation>%1 lignes enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="419"/>
        <source>Export the month&apos;s list of invoices</source>
        <translation>Exporter la liste des factures du mois</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="432"/>
        <source>Save the month&apos;s print file</source>
        <translation>Enregistrer le fichier d’impression du mois</translation>
    </message>
    <message>
        <source>Print file</source>
        <translation type="vanished">Fichier d’impression</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="440"/>
        <source>Building the print file…</source>
        <translation>Préparation du fichier d’impression…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="446"/>
        <source>Export the month&apos;s invoices into a folder</source>
        <translation>Exporter les factures du mois dans un dossier</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation type="vanished">Export dans un dossier</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="454"/>
        <source>Writing one PDF per invoice…</source>
        <translation>Écriture d’un PDF par facture…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="vanished">Impression</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="480"/>
        <source>Printing %1 invoices…</source>
        <translation>Impression de %1 factures…</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="496"/>
        <source>%1 invoices were issued before the stop: %2</source>
        <translation>%1 factures ont été émises avant l’arrêt&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="498"/>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <location filename="../invoices/actions.py" line="499"/>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceLabels</name>
    <message>
        <location filename="../invoices/labels.py" line="21"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="22"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="23"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="24"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="25"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="36"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="37"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="38"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="39"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="40"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../invoices/labels.py" line="61"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../invoices/detail.py" line="37"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="38"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="39"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="40"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="41"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
</context>
<context>
    <name>InvoiceOutcomes</name>
    <message>
        <location filename="../invoices/outcomes.py" line="38"/>
        <source>Cancelled: %1 of %2 files written in %3</source>
        <translation>Annulé&#xa0;: %1 fichiers sur %2 écrits dans %3</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="40"/>
        <source>%1 files written in %2</source>
        <translation>%1 fichiers écrits dans %2</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="43"/>
        <source>Cancelled: the print file was not written.</source>
        <translation>Annulé&#xa0;: le fichier d’impression n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="44"/>
        <source>%1 invoices saved to %2</source>
        <translation>%1 factures enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="46"/>
        <source>Printing cancelled after %1 of %2 pages.</source>
        <translation>Impression annulée après %1 pages sur %2.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="47"/>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 pages envoyées à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="52"/>
        <source>Run of %1 cancelled: nothing was changed.</source>
        <translation>Facturation de %1 annulée&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="53"/>
        <source>%1: %2 drafts; %3 issued invoices left as they were.</source>
        <translation>%1&#xa0;: %2 brouillons&#xa0;; %3 factures émises laissées telles quelles.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="58"/>
        <source>Warnings: %1</source>
        <translation>Avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="60"/>
        <source>(and %1 more)</source>
        <translation>(et %1 autres)</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="67"/>
        <source>%1: %2 day(s) beyond the carnet not billed (no day pass on sale)</source>
        <translation>%1&#xa0;: %2 jour(s) au-delà du carnet non facturé(s) (aucun pass journée en vente)</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="69"/>
        <source>%1: %2 h of room bookings not billed (no room-hour plan on sale)</source>
        <translation>%1&#xa0;: %2 h de réservations de salle non facturées (aucune formule à l’heure de salle en vente)</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="71"/>
        <source>%1: %2 network day(s) at %3 not billed (that place has no network day rate)</source>
        <translation>%1&#xa0;: %2 jour(s) réseau à %3 non facturé(s) (ce lieu n’a pas de tarif journée réseau)</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="76"/>
        <source>Cancelled: %1 of %2 invoices issued (%3); %4 still drafts.</source>
        <translation>Annulé&#xa0;: %1 factures émises sur %2 (%3)&#xa0;; %4 encore en brouillon.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="79"/>
        <source>Invoice %1 issued.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <location filename="../invoices/outcomes.py" line="80"/>
        <source>%1 invoices issued: %2.</source>
        <translation>%1 factures émises&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>InvoicePrinting</name>
    <message>
        <location filename="../invoices/printer.py" line="41"/>
        <source>The document to print cannot be read.</source>
        <translation>Le document à imprimer ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../invoices/printer.py" line="42"/>
        <source>The pages asked for are not in the document.</source>
        <translation>Les pages demandées ne sont pas dans le document.</translation>
    </message>
    <message>
        <location filename="../invoices/printer.py" line="43"/>
        <source>The printer cannot be used (is it switched on and set up?).</source>
        <translation>L’imprimante ne peut pas être utilisée (est-elle allumée et configurée&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>InvoicesScreen</name>
    <message>
        <location filename="../invoices/screen.py" line="76"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="80"/>
        <source>Search a number or a member…</source>
        <translation>Chercher un numéro ou un membre…</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="106"/>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="231"/>
        <source>%1 invoices</source>
        <translation>%1 factures</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="228"/>
        <source>%1 of %2 invoices</source>
        <translation>%1 factures sur %2</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="231"/>
        <source>1 invoice</source>
        <translation>1 facture</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="232"/>
        <source>%1 drafts</source>
        <translation>%1 brouillons</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="232"/>
        <source>1 draft</source>
        <translation>1 brouillon</translation>
    </message>
    <message>
        <location filename="../invoices/screen.py" line="233"/>
        <source>due: %1</source>
        <translation>dû&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesTableModel</name>
    <message>
        <location filename="../invoices/table_model.py" line="41"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="43"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="44"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="45"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="46"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="47"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="48"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="49"/>
        <source>Balance due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../invoices/table_model.py" line="239"/>
        <source>to refund %1</source>
        <translation>à rembourser %1</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current invoice…</source>
        <translation type="vanished">Arrêt après la facture en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="vanished">%1 sur %2</translation>
    </message>
</context>
<context>
    <name>KioskAnswer</name>
    <message>
        <location filename="../kiosk/answer_text.py" line="34"/>
        <source>This badge is not recognised</source>
        <translation>Ce badge n’est pas reconnu</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="35"/>
        <source>Show your Télécentre badge, or ask the host.</source>
        <translation>Présentez votre badge du télécentre, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="36"/>
        <source>This badge is not valid</source>
        <translation>Ce badge n’est pas valide</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="37"/>
        <source>Ask the host for a new badge.</source>
        <translation>Demandez un nouveau badge à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="38"/>
        <source>This badge has been cancelled</source>
        <translation>Ce badge a été annulé</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="39"/>
        <location filename="../kiosk/answer_text.py" line="56"/>
        <source>Please see the host.</source>
        <translation>Adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="40"/>
        <source>This badge has been replaced by a newer one</source>
        <translation>Ce badge a été remplacé par un plus récent</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="41"/>
        <source>Use your latest badge, or ask the host.</source>
        <translation>Utilisez votre dernier badge, ou demandez à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="42"/>
        <source>This place does not receive members of other places</source>
        <translation>Ce lieu n’accueille pas les membres des autres lieux</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="43"/>
        <source>Please ask your own place about the network.</source>
        <translation>Renseignez-vous auprès de votre lieu sur le réseau.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="44"/>
        <source>Your membership is not active</source>
        <translation>Votre adhésion n’est pas active</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="45"/>
        <source>Please see the host to renew it.</source>
        <translation>Adressez-vous à l’accueil pour la renouveler.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="46"/>
        <source>No plan covers today</source>
        <translation>Aucune formule ne couvre la journée</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="47"/>
        <source>Ask the host for a day pass or a plan.</source>
        <translation>Demandez un pass journée ou une formule à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="48"/>
        <source>Your carnet is used up</source>
        <translation>Votre carnet est épuisé</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="49"/>
        <source>Ask the host for a new carnet.</source>
        <translation>Demandez un nouveau carnet à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="50"/>
        <source>The place is closed now</source>
        <translation>Le lieu est fermé en ce moment</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="51"/>
        <source>Come back during opening hours.</source>
        <translation>Revenez pendant les horaires d’ouverture.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="52"/>
        <source>An invoice is overdue</source>
        <translation>Une facture n’est pas réglée</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="53"/>
        <source>Please see the host to settle it.</source>
        <translation>Adressez-vous à l’accueil pour la régler.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="55"/>
        <source>Entry refused</source>
        <translation>Entrée refusée</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="59"/>
        <source>Welcome: your visit is reported to your own place.</source>
        <translation>Bienvenue : votre visite est transmise à votre lieu.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="60"/>
        <source>Your carnet is used up: today will be billed.</source>
        <translation>Votre carnet est épuisé : la journée sera facturée.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="61"/>
        <source>An invoice is overdue: please see the host.</source>
        <translation>Une facture n’est pas réglée : adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="62"/>
        <source>Outside opening hours: the host may not be here.</source>
        <translation>Hors des horaires d’ouverture : il n’y a peut-être personne à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="67"/>
        <source>Carnet: %1 day left</source>
        <translation>Carnet : il reste %1 jour</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="68"/>
        <source>Carnet: %1 days left</source>
        <translation>Carnet : il reste %1 jours</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="69"/>
        <source>Goodbye %1, %2 today</source>
        <translation>Au revoir %1, %2 aujourd’hui</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="70"/>
        <source>Goodbye, %2 today</source>
        <translation>Au revoir, %2 aujourd’hui</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="71"/>
        <source>Goodbye %1</source>
        <translation>Au revoir %1</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="72"/>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="73"/>
        <source>Already checked out a moment ago.</source>
        <translation>Départ déjà enregistré il y a un instant.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="74"/>
        <source>Hello %1, have a good day</source>
        <translation>Bonjour %1, bonne journée</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="75"/>
        <source>Hello, have a good day</source>
        <translation>Bonjour, bonne journée</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="76"/>
        <source>Already checked in a moment ago.</source>
        <translation>Arrivée déjà enregistrée il y a un instant.</translation>
    </message>
    <message>
        <location filename="../kiosk/answer_text.py" line="77"/>
        <source>Your desk: %1</source>
        <translation>Votre poste : %1</translation>
    </message>
</context>
<context>
    <name>KioskLauncher</name>
    <message>
        <location filename="../kiosk/launcher.py" line="33"/>
        <source>Kiosk mode can only be left with the host&apos;s PIN, and none is set yet. Choose it now; keep it for the hosts.</source>
        <translation>On ne quitte le mode borne qu’avec le code de l’accueil, et aucun n’est encore choisi. Choisissez-le maintenant, et gardez-le pour l’équipe d’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/launcher.py" line="47"/>
        <source>Cannot start kiosk mode</source>
        <translation>Impossible de lancer le mode borne</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/window.py" line="62"/>
        <source>Télécentre Desk — kiosk</source>
        <translation>Télécentre Desk — borne</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="79"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="115"/>
        <source>The scan could not be recorded</source>
        <translation>Le scan n’a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="116"/>
        <source>Please try again, or see the host.</source>
        <translation>Réessayez, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="130"/>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>Trop de codes erronés : réessayez dans %1&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="132"/>
        <source>Type the host&apos;s PIN to leave kiosk mode.</source>
        <translation>Saisissez le code de l’accueil pour quitter le mode borne.</translation>
    </message>
    <message>
        <location filename="../kiosk/window.py" line="144"/>
        <source>Wrong PIN: kiosk mode goes on.</source>
        <translation>Code erroné : le mode borne continue.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../floorplan/legend.py" line="51"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <location filename="../invoices/line_dialog.py" line="35"/>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="41"/>
        <source>e.g. Printing, 120 pages</source>
        <translation>par ex. Impressions, 120 pages</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="44"/>
        <source>euros, e.g. 12,50</source>
        <translation>euros, par ex. 12,50</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="50"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="51"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="52"/>
        <source>Unit price excl. VAT (€)</source>
        <translation>Prix unitaire HT (€)</translation>
    </message>
    <message>
        <location filename="../invoices/line_dialog.py" line="54"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../invoices/detail.py" line="84"/>
        <source>Added by hand: kept when the month is run again</source>
        <translation>Ajoutée à la main : conservée quand le mois est refacturé</translation>
    </message>
    <message>
        <location filename="../invoices/detail.py" line="85"/>
        <source>From the member&apos;s plans and usage</source>
        <translation>D’après les formules et la fréquentation du membre</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../network/log_dialog.py" line="19"/>
        <source>Sync log entry</source>
        <translation>Entrée du journal de synchronisation</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="22"/>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="23"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="24"/>
        <source>What: %1</source>
        <translation>Quoi : %1</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="27"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="29"/>
        <source>Row: %1</source>
        <translation>Ligne : %1</translation>
    </message>
    <message>
        <location filename="../network/log_dialog.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../mail/actions.py" line="48"/>
        <source>Send by email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="49"/>
        <source>E-mail the selected issued invoices to their members</source>
        <translation>Envoyer par courriel les factures émises sélectionnées à leurs membres</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="50"/>
        <source>Email log…</source>
        <translation>Journal des courriels…</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="51"/>
        <source>Email settings…</source>
        <translation>Réglages des courriels…</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="87"/>
        <source>Sending the invoices by email…</source>
        <translation>Envoi des factures par courriel…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="vanished">Arrêter</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="100"/>
        <source>Sending the waiting email…</source>
        <translation>Envoi des courriels en attente…</translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="113"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="115"/>
        <source>%n waiting (%1)</source>
        <translation>
            <numerusform>%n en attente (%1)</numerusform>
            <numerusform>%n en attente (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="117"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mail/actions.py" line="119"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n non envoyée</numerusform>
            <numerusform>%n non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="120"/>
        <source>Email: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="133"/>
        <source>Select the invoices to send first.</source>
        <translation>Sélectionnez d’abord les factures à envoyer.</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="169"/>
        <source>%1 already sent. Send again?</source>
        <translation>%1 déjà envoyée(s). Envoyer à nouveau ?</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="170"/>
        <source>Send again</source>
        <translation>Envoyer à nouveau</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="176"/>
        <source>Email not sent: %1</source>
        <translation>Courriel non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../mail/actions.py" line="178"/>
        <source>Email not sent</source>
        <translation>Courriel non envoyé</translation>
    </message>
</context>
<context>
    <name>MailLogDialog</name>
    <message>
        <location filename="../mail/log_dialog.py" line="103"/>
        <source>Email log</source>
        <translation>Journal des courriels</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="111"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="112"/>
        <source>Send the messages that wait (never the ones already sent)</source>
        <translation>Envoyer les messages en attente (jamais ceux déjà envoyés)</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="135"/>
        <source>%1 sent, %2 waiting, %3 failed</source>
        <translation>%1 envoyé(s), %2 en attente, %3 en échec</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="146"/>
        <source>Sending the waiting email…</source>
        <translation>Envoi des courriels en attente…</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="164"/>
        <source>Retry: %1 sent, %2 still waiting, %3 failed</source>
        <translation>Nouvel essai : %1 envoyé(s), %2 encore en attente, %3 en échec</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../mail/settings_dialog.py" line="39"/>
        <source>Email settings</source>
        <translation>Réglages des courriels</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="50"/>
        <source>e.g. smtp.example.fr</source>
        <translation>par ex. smtp.example.fr</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="55"/>
        <source>None (port 25, inside a trusted network only)</source>
        <translation>Aucune (port 25, seulement dans un réseau de confiance)</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="60"/>
        <source>empty: no login</source>
        <translation>vide : pas d’identification</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="63"/>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="65"/>
        <source>invoices@your-place.fr</source>
        <translation>factures@votre-lieu.fr</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="68"/>
        <source>Factur-X PDF (recommended)</source>
        <translation>PDF Factur-X (recommandé)</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="69"/>
        <source>Plain PDF</source>
        <translation>PDF simple</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="74"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="75"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="76"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="77"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="79"/>
        <source>Sender address</source>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="80"/>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="81"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="84"/>
        <source>address that receives the test</source>
        <translation>adresse qui reçoit l’essai</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="85"/>
        <source>Send a test message</source>
        <translation>Envoyer un message d’essai</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="99"/>
        <source>Check the settings by sending a message to yourself:</source>
        <translation>Vérifiez les réglages en vous envoyant un message :</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="157"/>
        <source>Fill in the server and the sender address first.</source>
        <translation>Indiquez d’abord le serveur et l’adresse d’expédition.</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="163"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="165"/>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message d’essai…</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="174"/>
        <source>Test message sent to %1: the settings work.</source>
        <translation>Message d’essai envoyé à %1 : les réglages fonctionnent.</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="178"/>
        <source>The test message was not sent: %1</source>
        <translation>Le message d’essai n’a pas été envoyé : %1</translation>
    </message>
    <message>
        <location filename="../mail/settings_dialog.py" line="182"/>
        <source>The test stopped on an unexpected error.</source>
        <translation>L’essai s’est arrêté sur une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="56"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Coming with the check-in issue: members scan their QR badge on arrival and on leaving, and the host sees who is in.</source>
        <translation type="vanished">Arrive avec le ticket « pointage » : les membres scannent leur badge QR à l’arrivée et au départ, et l’accueil voit qui est présent.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>Floor plan</source>
        <translation>Plan des salles</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Coming with the occupancy issue: desks, offices and the meeting room, day by day.</source>
        <translation type="vanished">Arrive avec le ticket « occupation » : postes, bureaux et salle de réunion, jour par jour.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Coming with the invoicing issue: monthly invoices, credit notes and payments, in Factur-X.</source>
        <translation type="vanished">Arrive avec le ticket « facturation » : factures mensuelles, avoirs et paiements, au format Factur-X.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Coming with the sync issue: exchange files with the other places of the SoLozère network, and welcome roaming members.</source>
        <translation type="vanished">Arrive avec le ticket « synchronisation » : échanger des fichiers avec les autres lieux du réseau SoLozère et accueillir les membres itinérants.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>Reports</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Coming with the reports issue: visits, person-days and occupancy rate for the funders.</source>
        <translation type="vanished">Arrive avec le ticket « bilans » : visites, journées-personnes et taux d’occupation pour les financeurs.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>&amp;Edit place details…</source>
        <translation>&amp;Modifier les informations du lieu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>&amp;Desk settings…</source>
        <translation>Réglages de l’&amp;accueil…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>&amp;Camera…</source>
        <translation>&amp;Caméra…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>&amp;Kiosk mode</source>
        <translation>Mode &amp;borne</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Host&apos;s &amp;guide</source>
        <translation>&amp;Guide de l’accueil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>&amp;About Télécentre Desk</source>
        <translation>À &amp;propos de Télécentre Desk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>&lt;h3&gt;Télécentre Desk %1&lt;/h3&gt;&lt;p&gt;The front desk of a rural shared workplace of the SoLozère network: members, plans, check-in, invoices. It works fully offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Télécentre Desk %1&lt;/h3&gt;&lt;p&gt;L’accueil d’un tiers-lieu rural du réseau SoLozère : membres, formules, pointage, factures. Il fonctionne entièrement hors ligne.&lt;/p&gt;&lt;p&gt;Licence : EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <source>About Télécentre Desk</source>
        <translation>À propos de Télécentre Desk</translation>
    </message>
</context>
<context>
    <name>MemberCardDialog</name>
    <message>
        <location filename="../members/card_dialog.py" line="90"/>
        <source>Member card</source>
        <translation>Fiche du membre</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="96"/>
        <location filename="../members/card_dialog.py" line="146"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="96"/>
        <location filename="../members/card_dialog.py" line="142"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="97"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="97"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="98"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="98"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="99"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="99"/>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="100"/>
        <location filename="../members/card_dialog.py" line="160"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="100"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="106"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="113"/>
        <location filename="../members/card_dialog.py" line="122"/>
        <source>New monthly plan</source>
        <translation>Nouvelle formule mensuelle</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="116"/>
        <source>Change from</source>
        <translation>Changement à partir du</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="117"/>
        <source>Change plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="120"/>
        <source>Sell a carnet, a day or an extra…</source>
        <translation>Vendre un carnet, une journée ou un extra…</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="123"/>
        <location filename="../members/card_dialog.py" line="129"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="128"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="129"/>
        <location filename="../members/card_dialog.py" line="136"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="129"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="129"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="138"/>
        <location filename="../members/card_dialog.py" line="140"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="138"/>
        <location filename="../members/card_dialog.py" line="141"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="138"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="138"/>
        <source>In</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="139"/>
        <source>Out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="141"/>
        <location filename="../members/card_dialog.py" line="143"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="141"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="142"/>
        <source>Room or desk</source>
        <translation>Salle ou poste</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="146"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="146"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="147"/>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="148"/>
        <location filename="../members/card_dialog.py" line="153"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="148"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="148"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="149"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="149"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="155"/>
        <source>Invoices and payments</source>
        <translation>Factures et paiements</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="158"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="187"/>
        <source>Member card: %1</source>
        <translation>Fiche du membre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="188"/>
        <source>no plan</source>
        <translation>sans formule</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="193"/>
        <location filename="../members/card_dialog.py" line="220"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="193"/>
        <source>no. %1, %2, issued on %3</source>
        <translation>n° %1, %2, établi le %3</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="210"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="216"/>
        <source>Still due: %1</source>
        <translation>Reste dû&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="220"/>
        <source>Monthly plan: %1</source>
        <translation>Formule mensuelle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../members/card_dialog.py" line="222"/>
        <source>Carnet: %n half day(s) left</source>
        <translation>
            <numerusform>Carnet&#xa0;: %n demi-journée restante</numerusform>
            <numerusform>Carnet&#xa0;: %n demi-journées restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../members/card_dialog.py" line="254"/>
        <source>In the window: Invoices, select that invoice, then Credit note.</source>
        <translation>Dans la fenêtre&#xa0;: Factures, sélectionnez cette facture, puis Avoir.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../members/member_dialog.py" line="51"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="51"/>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="59"/>
        <source>9 digits, for a business customer</source>
        <translation>9 chiffres, pour un client professionnel</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="76"/>
        <source>First name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="77"/>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="78"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="79"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="80"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="81"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="82"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="83"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="84"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="85"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="86"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="87"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="89"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="90"/>
        <source>Starting on</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="128"/>
        <source>member since %1</source>
        <translation>membre depuis le %1</translation>
    </message>
    <message>
        <location filename="../members/member_dialog.py" line="134"/>
        <source>No plan for now</source>
        <translation>Pas de formule pour l’instant</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../members/import_models.py" line="136"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="46"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="47"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="48"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="49"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="50"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="51"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="52"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="53"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="54"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="55"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="56"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="57"/>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="58"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../members/import_dialog.py" line="76"/>
        <source>Import members from a spreadsheet</source>
        <translation>Importer des membres depuis un tableur</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="79"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="80"/>
        <source>A CSV file saved by Excel or LibreOffice (separator ; or ,).</source>
        <translation>Un fichier CSV enregistré par Excel ou LibreOffice (séparateur ; ou ,).</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="89"/>
        <source>Choose the member field of each column in the first row; columns left “not imported” are greyed.</source>
        <translation>Choisissez le champ de chaque colonne dans la première ligne ; les colonnes laissées « non importées » sont grisées.</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="92"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="98"/>
        <source>Double-click a problem to show its row.</source>
        <translation>Double-cliquez sur un problème pour afficher sa ligne.</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="101"/>
        <location filename="../members/import_dialog.py" line="240"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="140"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="149"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="150"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="150"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="151"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · separator %3 · header on line %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · séparateur %3 · en-tête en ligne %4 · %5</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="165"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="205"/>
        <source>The columns changed: check again.</source>
        <translation>Les colonnes ont changé : vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="238"/>
        <source>Import 1 member</source>
        <translation>Importer 1 membre</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="238"/>
        <source>Import %1 members</source>
        <translation>Importer %1 membres</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="250"/>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="251"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="267"/>
        <location filename="../members/import_dialog.py" line="306"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location filename="../members/import_dialog.py" line="270"/>
        <source>Importing members…</source>
        <translation>Import des membres…</translation>
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
    <name>MembersPrivacyHook</name>
    <message>
        <location filename="../privacy/members_hook.py" line="34"/>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="35"/>
        <source>Everything held about the member (right of access): JSON and PDF</source>
        <translation>Tout ce qui est conservé sur le membre (droit d’accès)&#xa0;: JSON et PDF</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="36"/>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="37"/>
        <source>Right to erasure: anonymise the member everywhere</source>
        <translation>Droit à l’effacement&#xa0;: anonymiser le membre partout</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="38"/>
        <source>Retention and review…</source>
        <translation>Conservation et revue…</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="39"/>
        <source>How long scan events are kept; members inactive for long</source>
        <translation>Durée de conservation des passages&#xa0;; membres inactifs depuis longtemps</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="40"/>
        <location filename="../privacy/members_hook.py" line="45"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="86"/>
        <source>Export the member&apos;s personal data</source>
        <translation>Exporter les données personnelles du membre</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="87"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="vanished">Non exporté</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="97"/>
        <source>Personal data saved to %1 and %2</source>
        <translation>Données personnelles enregistrées dans %1 et %2</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="99"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="145"/>
        <source>Wiping the erased data from the database file…</source>
        <translation>Effacement des données supprimées du fichier de la base…</translation>
    </message>
    <message>
        <location filename="../privacy/members_hook.py" line="148"/>
        <source>Personal data of %1 erased</source>
        <translation>Données personnelles de %1 effacées</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../members/screen.py" line="58"/>
        <source>Search by name, email, company or number…</source>
        <translation>Rechercher par nom, e-mail, entreprise ou numéro…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="61"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="65"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="73"/>
        <source>New member…</source>
        <translation>Nouveau membre…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="75"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="80"/>
        <location filename="../members/screen.py" line="215"/>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="84"/>
        <source>Card…</source>
        <translation>Fiche…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="85"/>
        <source>Everything about the member: plan and its change, carnet, badge, visits, bookings, invoices</source>
        <translation>Tout sur le membre&#xa0;: formule et changement de formule, carnet, badge, passages, réservations, factures</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="93"/>
        <source>Visits…</source>
        <translation>Passages…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="94"/>
        <source>The member&apos;s visits here and at the other places of the network</source>
        <translation>Les passages du membre ici et dans les autres lieux du réseau</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="102"/>
        <source>Visitor log…</source>
        <translation>Registre des visiteurs…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="103"/>
        <source>Visitors and guests: who, whose guest, when, how long</source>
        <translation>Visiteurs et invités&#xa0;: qui, invité par qui, quand, combien de temps</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="105"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="106"/>
        <source>Add or update members from a spreadsheet (CSV from Excel or LibreOffice)</source>
        <translation>Ajouter ou mettre à jour des membres depuis un tableur (CSV d’Excel ou de LibreOffice)</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="108"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="109"/>
        <source>Save the members shown as a spreadsheet for Excel</source>
        <translation>Enregistrer les membres affichés dans un tableur pour Excel</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="187"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="187"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="189"/>
        <source>%1 of %2 members shown</source>
        <translation>%1 membres affichés sur %2</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="215"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="317"/>
        <source>Deactivate %1 (%2)?

Their subscriptions end today and they are no longer billed. Their history and invoices are kept.</source>
        <translation>Désactiver %1 (%2) ?

Ses abonnements prennent fin aujourd’hui et ne sont plus facturés. Son historique et ses factures sont conservés.</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="320"/>
        <source>Deactivate member</source>
        <translation>Désactiver le membre</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="328"/>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="329"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="353"/>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="354"/>
        <source>Export the members (CSV for Excel)</source>
        <translation>Exporter les membres (CSV pour Excel)</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="355"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="361"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="vanished">Non exporté</translation>
    </message>
    <message>
        <location filename="../members/screen.py" line="359"/>
        <source>%1 members saved to %2</source>
        <translation>%1 membres enregistrés dans %2</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../members/table_model.py" line="40"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="41"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="42"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="43"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="44"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="45"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="46"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../members/table_model.py" line="47"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../invoices/month_dialog.py" line="14"/>
        <source>Run the month</source>
        <translation>Facturer le mois</translation>
    </message>
    <message>
        <location filename="../invoices/month_dialog.py" line="16"/>
        <source>Drafts every member&apos;s invoice for the month: plans prorated by day, carnets and passes bought, days beyond the allowance, room hours. Running a month again rebuilds its drafts and keeps the lines added by hand; issued invoices are never touched.</source>
        <translation>Prépare la facture de chaque membre pour le mois : formules au prorata des jours, carnets et pass achetés, jours au-delà du forfait, heures de salle. Refacturer un mois reconstruit ses brouillons et garde les lignes ajoutées à la main ; les factures émises ne sont jamais modifiées.</translation>
    </message>
    <message>
        <location filename="../invoices/month_dialog.py" line="22"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>MonthFilter</name>
    <message>
        <location filename="../invoices/month_filter.py" line="44"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../invoices/month_filter.py" line="48"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../invoices/month_filter.py" line="49"/>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../invoices/month_filter.py" line="50"/>
        <source>Every invoice of every year</source>
        <translation>Toutes les factures de toutes les années</translation>
    </message>
</context>
<context>
    <name>NetworkFiguresModel</name>
    <message>
        <location filename="../network/figures_model.py" line="32"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="33"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="34"/>
        <source>Person-days</source>
        <translation>Jours-personnes</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="35"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="36"/>
        <source>Open days</source>
        <translation>Jours d’ouverture</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="37"/>
        <source>Desks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="38"/>
        <source>Occupancy rate</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="40"/>
        <source>Network total</source>
        <translation>Total réseau</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="41"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="101"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="102"/>
        <location filename="../network/figures_model.py" line="117"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../network/figures_model.py" line="118"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
</context>
<context>
    <name>NetworkReportTab</name>
    <message>
        <location filename="../network/report_tab.py" line="51"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="52"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="70"/>
        <source>By place</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="72"/>
        <source>By commune</source>
        <translation>Par commune</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="105"/>
        <source>Each place&apos;s presence as its last export carried it. A person counts once per commune and for the network. Half day: at most %1 min (this place&apos;s setting, applied to every place). Occupancy: people present, at most the desks, over desks × open days.</source>
        <translation>Les présences de chaque lieu telles que son dernier export les a apportées. Une personne compte une fois par commune et pour le réseau. Demi-journée : au plus %1 min (réglage de ce lieu, appliqué à tous les lieux). Occupation : personnes présentes, au plus le nombre de postes, sur postes × jours d’ouverture.</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="121"/>
        <source>network-report</source>
        <translation>rapport-reseau</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="131"/>
        <source>Export the network report (CSV for Excel)</source>
        <translation>Exporter le rapport réseau (CSV pour Excel)</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="132"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="141"/>
        <source>Export the network report (PDF)</source>
        <translation>Exporter le rapport réseau (PDF)</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="142"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="152"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="156"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../network/report_tab.py" line="157"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <location filename="../network/screen.py" line="37"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../network/screen.py" line="40"/>
        <source>Network report</source>
        <translation>Rapport réseau</translation>
    </message>
    <message>
        <location filename="../network/screen.py" line="41"/>
        <source>Settlements</source>
        <translation>Règlements</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <location filename="../network/settings_dialog.py" line="61"/>
        <source>Network settings</source>
        <translation>Réglages du réseau</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="68"/>
        <source>not agreed yet</source>
        <translation>pas encore convenu</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="72"/>
        <source>This place, their home place</source>
        <translation>Ce lieu, leur lieu d’origine</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="73"/>
        <source>The place they visit</source>
        <translation>Le lieu qu’ils visitent</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="84"/>
        <source>Their right to a day is the plan they hold at home; carnets and unpaid invoices stay their home place&apos;s business. As for this place&apos;s members, the desk also checks (Place ▸ Desk settings):</source>
        <translation>Leur droit à une journée est la formule qu’ils ont chez eux ; carnets et factures impayées restent l’affaire de leur lieu d’origine. Comme pour les membres de ce lieu, l’accueil vérifie aussi (Lieu ▸ Réglages de l’accueil) :</translation>
    </message>
    <message>
        <source>Their right to a day is the plan they hold at home; carnets and unpaid invoices stay their home place&apos;s business. The desk also checks, as for this place&apos;s members: %1. Those rules are in Place ▸ Desk settings.</source>
        <translation type="vanished">Leur droit à une journée est la formule qu’ils ont chez eux ; carnets et factures impayées restent l’affaire de leur lieu d’origine. L’accueil vérifie aussi, comme pour les membres de ce lieu : %1. Ces règles sont dans Lieu ▸ Réglages de l’accueil.</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="91"/>
        <source>A member of another place of the network may work here. The day rate is what such a day here costs, excluding VAT; it travels to the other places with this place&apos;s export. When this place bills its own members for their days elsewhere, it owes the visited place that place&apos;s rate for each day (the Settlements tab adds it up).</source>
        <translation>Un membre d’un autre lieu du réseau peut travailler ici. Le tarif journée est ce que coûte ici une telle journée, hors TVA ; il part vers les autres lieux avec l’export de ce lieu. Quand ce lieu facture lui-même ses membres pour leurs journées ailleurs, il doit au lieu visité le tarif de ce lieu pour chaque journée (l’onglet Règlements en fait le compte).</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="101"/>
        <source>Our members&apos; days elsewhere billed by</source>
        <translation>Journées de nos membres ailleurs facturées par</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="102"/>
        <source>Members of other places here</source>
        <translation>Membres des autres lieux ici</translation>
    </message>
    <message>
        <source>Their home place, at the visited place&apos;s network rate</source>
        <translation type="vanished">Leur lieu d’origine, au tarif réseau du lieu visité</translation>
    </message>
    <message>
        <source>The place they visit, itself</source>
        <translation type="vanished">Le lieu visité, lui-même</translation>
    </message>
    <message>
        <source>A member of another place of the network may work here. The day rate is what such a day here costs, excluding VAT; it travels to the other places with this place&apos;s export. The second choice says who bills the days &lt;i&gt;this place&apos;s&lt;/i&gt; members spend at other places.</source>
        <translation type="vanished">Un membre d’un autre lieu du réseau peut travailler ici. Le tarif journée est ce que coûte une telle journée ici, hors TVA ; il part vers les autres lieux avec l’export de ce lieu. Le second choix dit qui facture les journées que les membres &lt;i&gt;de ce lieu&lt;/i&gt; passent dans d’autres lieux.</translation>
    </message>
    <message>
        <location filename="../network/settings_dialog.py" line="100"/>
        <source>Network day rate (€ excl. VAT)</source>
        <translation>Tarif journée réseau (€ HT)</translation>
    </message>
    <message>
        <source>Our members&apos; visits elsewhere are billed by</source>
        <translation type="vanished">Les visites de nos membres ailleurs sont facturées par</translation>
    </message>
</context>
<context>
    <name>NightNotice</name>
    <message>
        <location filename="../frontdesk/night_notice.py" line="26"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../frontdesk/night_notice.py" line="40"/>
        <source>Checked out automatically at closing time: %1.</source>
        <translation>Départ enregistré automatiquement à la fermeture : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../frontdesk/night_notice.py" line="41"/>
        <source>%n people checked out automatically at closing time: %1.</source>
        <translation>
            <numerusform>%n personne sortie automatiquement à la fermeture : %1.</numerusform>
            <numerusform>%n personnes sorties automatiquement à la fermeture : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccupancyScreen</name>
    <message>
        <location filename="../occupancy/screen.py" line="63"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="64"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="67"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="67"/>
        <source>Arrivals (check-ins) on the local days of the period.</source>
        <translation>Arrivées (pointages d’entrée) sur les jours de la période, à l’heure du lieu.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="68"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="68"/>
        <source>Members present at least once in the period.</source>
        <translation>Membres présents au moins une fois sur la période.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="69"/>
        <source>Person-days</source>
        <translation>Jours-personnes</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="70"/>
        <source>Each member&apos;s day of presence counts 1, or 0.5 when it lasted at most the half-day limit of the desk settings.</source>
        <translation>Chaque jour de présence d’un membre compte 1, ou 0,5 s’il a duré au plus la limite de demi-journée des réglages de l’accueil.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="72"/>
        <source>Occupancy rate</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="73"/>
        <source>Occupied desk-days / (desks × open days). A day&apos;s occupied desks are the desks used that day plus one per person seated nowhere, at most the number of desks.</source>
        <translation>Postes-jours occupés / (postes × jours d’ouverture). Les postes occupés d’un jour sont les postes utilisés ce jour-là, plus un par personne sans poste, au plus le nombre de postes.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="75"/>
        <source>Hours of presence</source>
        <translation>Heures de présence</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="75"/>
        <source>Presence in hours; a visit across midnight counts on both days.</source>
        <translation>Présence en heures&#xa0;; une visite à cheval sur minuit compte sur les deux jours.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="77"/>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="77"/>
        <source>Members who joined in the period.</source>
        <translation>Membres inscrits pendant la période.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="98"/>
        <source>&lt;b&gt;Peak hours&lt;/b&gt; (average number of people present)</source>
        <translation>&lt;b&gt;Heures de pointe&lt;/b&gt; (nombre moyen de personnes présentes)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="141"/>
        <source>The statistics cannot be read.</source>
        <translation>Les statistiques ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="144"/>
        <source>No data for this period (%1): nobody was recorded present.</source>
        <translation>Aucune donnée pour cette période (%1)&#xa0;: personne n’a été enregistré présent.</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="154"/>
        <source>no desk or no open day in this period</source>
        <translation>aucun poste ou aucun jour d’ouverture sur cette période</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="156"/>
        <source>%1 desk-days of %2 (%3 desks × %4 open days)</source>
        <translation>%1 postes-jours sur %2 (%3 postes × %4 jours d’ouverture)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="175"/>
        <source>occupancy</source>
        <translation>frequentation</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="185"/>
        <source>Export the statistics (CSV for Excel)</source>
        <translation>Exporter les statistiques (CSV pour Excel)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="186"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="195"/>
        <source>Export the occupancy report (PDF)</source>
        <translation>Exporter le rapport de fréquentation (PDF)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="196"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="206"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="210"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../occupancy/screen.py" line="211"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <location filename="../operations/progress.py" line="32"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../operations/progress.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../operations/progress.py" line="35"/>
        <source>Stop the job at its next step (%1)</source>
        <translation>Arrêter la tâche à sa prochaine étape (%1)</translation>
    </message>
    <message>
        <location filename="../operations/progress.py" line="37"/>
        <location filename="../operations/progress.py" line="43"/>
        <source>Cancel the background job</source>
        <translation>Annuler la tâche en arrière-plan</translation>
    </message>
    <message>
        <location filename="../operations/progress.py" line="40"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../operations/progress.py" line="138"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../mail/log_dialog.py" line="37"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="38"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="39"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="40"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="49"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="50"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="51"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="52"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="53"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="70"/>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <location filename="../mail/log_dialog.py" line="74"/>
        <source>sent again on request</source>
        <translation>renvoyé à la demande</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../frontdesk/prompts.py" line="32"/>
        <source>Let in anyway</source>
        <translation>Laisser entrer quand même</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="34"/>
        <source>%1 was refused: %2.
Checking them in anyway is recorded in the audit log with your name and reason.</source>
        <translation>%1 a été refusé(e) : %2.
L’arrivée malgré tout est inscrite au journal d’audit avec votre nom et votre motif.</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="38"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="40"/>
        <source>e.g. will pay for a day pass at noon</source>
        <translation>ex. : paiera un pass journée à midi</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="43"/>
        <source>Let in</source>
        <translation>Laisser entrer</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="45"/>
        <source>Host</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../frontdesk/prompts.py" line="46"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../invoices/payment_dialog.py" line="44"/>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="56"/>
        <source>cheque number, transfer reference… (optional)</source>
        <translation>numéro de chèque, référence du virement… (facultatif)</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="59"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="60"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="63"/>
        <source>Due: %1</source>
        <translation>Dû : %1</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="64"/>
        <source>More than what is due is kept as the member&apos;s credit.</source>
        <translation>Ce qui dépasse le dû est gardé comme avoir du membre.</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="92"/>
        <source>%1 recorded on %2</source>
        <translation>%1 enregistré sur %2</translation>
    </message>
    <message>
        <location filename="../invoices/payment_dialog.py" line="94"/>
        <source>; %1 kept as the member&apos;s credit</source>
        <translation> ; %1 gardé comme avoir du membre</translation>
    </message>
</context>
<context>
    <name>PeersTableModel</name>
    <message>
        <location filename="../network/peers_model.py" line="31"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="33"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="34"/>
        <source>Export applied</source>
        <translation>Export appliqué</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="35"/>
        <source>Applied at</source>
        <translation>Appliqué le</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="36"/>
        <source>Members known</source>
        <translation>Membres connus</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="37"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="38"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="40"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="41"/>
        <source>Some rows of this export name members whose home place was not read yet: they are read again at the next sync.</source>
        <translation>Des lignes de cet export nomment des membres dont le lieu d’origine n’a pas encore été lu : elles seront relues à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../network/peers_model.py" line="43"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../occupancy/period.py" line="28"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="29"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="30"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="31"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="32"/>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="90"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="93"/>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="98"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="99"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="102"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../occupancy/period.py" line="153"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="25"/>
        <source>Choose the host&apos;s PIN</source>
        <translation>Choisir le code de l’accueil</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="25"/>
        <source>Host&apos;s PIN</source>
        <translation>Code de l’accueil</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="27"/>
        <source>%1 to %2 digits.</source>
        <translation>De %1 à %2 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="37"/>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="37"/>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="39"/>
        <source>Again</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../kiosk/pin_dialog.py" line="70"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../places/place_dialog.py" line="51"/>
        <source>Set up this place</source>
        <translation>Configurer ce lieu</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="52"/>
        <source>&lt;b&gt;Welcome to Télécentre Desk.&lt;/b&gt;&lt;br&gt;This database does not belong to a place yet. Tell us which place this desk runs: its name shows at the desk, its legal details print on invoices.</source>
        <translation>&lt;b&gt;Bienvenue dans Télécentre Desk.&lt;/b&gt;&lt;br&gt;Cette base de données n’appartient encore à aucun lieu. Indiquez le lieu que gère cet accueil : son nom s’affiche à l’accueil, ses mentions légales s’impriment sur les factures.</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="57"/>
        <source>Create the place</source>
        <translation>Créer le lieu</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="59"/>
        <source>Place details</source>
        <translation>Informations du lieu</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="84"/>
        <source>Fill in what is missing</source>
        <translation>Compléter ce qui manque</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="95"/>
        <source>&lt;b&gt;Ready to invoice.&lt;/b&gt; Every mention the law requires on an invoice is filled in.</source>
        <translation>&lt;b&gt;Prêt à facturer.&lt;/b&gt; Toutes les mentions obligatoires d’une facture sont renseignées.</translation>
    </message>
    <message>
        <location filename="../places/place_dialog.py" line="99"/>
        <source>&lt;b&gt;Not ready to invoice yet.&lt;/b&gt; An invoice must also show:</source>
        <translation>&lt;b&gt;Pas encore prêt à facturer.&lt;/b&gt; Une facture doit aussi porter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../places/place_form.py" line="27"/>
        <source>Subject to VAT</source>
        <translation>Assujetti à la TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="28"/>
        <source>VAT franchise (art. 293 B du CGI)</source>
        <translation>Franchise en base de TVA (art. 293 B du CGI)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="29"/>
        <source>Exempt from VAT</source>
        <translation>Exonéré de TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="49"/>
        <source>e.g. FLO</source>
        <translation>ex. FLO</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="50"/>
        <source>2 to 8 letters or digits; it starts every member number (FLO-0042)</source>
        <translation>2 à 8 lettres ou chiffres ; il débute chaque numéro de membre (FLO-0042)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="61"/>
        <source>VAT paid on debits (option, art. 269 du CGI)</source>
        <translation>TVA acquittée d’après les débits (option, art. 269 du CGI)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="77"/>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>as printed on invoices</source>
        <translation type="vanished">tel qu’imprimé sur les factures</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="85"/>
        <source>Days and hours, e.g. mon-fri 08:00-19:00; sat 09:00-12:30</source>
        <translation>Jours et horaires, ex. lun-ven 08:00-19:00; sam 09:00-12:30</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="101"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="102"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="106"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="108"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="109"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="110"/>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="111"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="114"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="103"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="78"/>
        <source>as registered, printed on invoices</source>
        <translation>telle qu’immatriculée, imprimée sur les factures</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="79"/>
        <source>e.g. 15 000 € or variable</source>
        <translation>p. ex. 15 000 € ou variable</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="80"/>
        <source>e.g. Mende</source>
        <translation>p. ex. Mende</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="81"/>
        <source>e.g. FR40303265045</source>
        <translation>p. ex. FR40303265045</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="82"/>
        <source>e.g. TVA non applicable, art. 261 du CGI</source>
        <translation>p. ex. TVA non applicable, art. 261 du CGI</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="83"/>
        <source>printed for payments by transfer</source>
        <translation>imprimé pour les paiements par virement</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="84"/>
        <source>from your e-invoicing platform, often the SIREN</source>
        <translation>donnée par votre plateforme agréée, souvent le SIREN</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="100"/>
        <source>At the desk</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="104"/>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="105"/>
        <source>Legal identity (printed on invoices)</source>
        <translation>Identité légale (imprimée sur les factures)</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="107"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="112"/>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="113"/>
        <source>RCS city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="115"/>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="116"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="117"/>
        <source>Exemption wording</source>
        <translation>Mention d’exonération</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="119"/>
        <source>Payment and contact</source>
        <translation>Paiement et contact</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="120"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="121"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="122"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="123"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="124"/>
        <source>E-invoicing address</source>
        <translation>Adresse de facturation électronique</translation>
    </message>
    <message>
        <location filename="../places/place_form.py" line="125"/>
        <source>Fields marked * are required. Everything can be changed later from Place &gt; Edit place details.</source>
        <translation>Les champs marqués * sont obligatoires. Tout reste modifiable ensuite par Lieu &gt; Modifier les informations du lieu.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plans/plan_dialog.py" line="46"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="46"/>
        <source>Edit plan</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="53"/>
        <source>e.g. RESIDENT</source>
        <translation>ex. RESIDENT</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="68"/>
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="69"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="70"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="71"/>
        <source>Price excl. VAT (€) *</source>
        <translation>Prix HT (€) *</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="72"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location filename="../plans/plan_dialog.py" line="73"/>
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
        <location filename="../plans/screen.py" line="43"/>
        <source>Plans and passes sold at this place. Prices exclude VAT.</source>
        <translation>Formules et entrées vendues dans ce lieu. Prix hors taxes.</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="45"/>
        <source>New plan…</source>
        <translation>Nouvelle formule…</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="47"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="51"/>
        <location filename="../plans/screen.py" line="116"/>
        <source>Take off sale</source>
        <translation>Retirer de la vente</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="88"/>
        <source>%1 plans, %2 on sale</source>
        <translation>%1 formules, dont %2 en vente</translation>
    </message>
    <message>
        <location filename="../plans/screen.py" line="116"/>
        <source>Put on sale</source>
        <translation>Remettre en vente</translation>
    </message>
</context>
<context>
    <name>PlansTableModel</name>
    <message>
        <location filename="../plans/table_model.py" line="37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="39"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="40"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="41"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="42"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="43"/>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="98"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../plans/table_model.py" line="98"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PresenceTableModel</name>
    <message>
        <location filename="../frontdesk/presence_model.py" line="36"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="38"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="39"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="40"/>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="43"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="44"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../frontdesk/presence_model.py" line="46"/>
        <source>Guest of %1</source>
        <translation>Invité de %1</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../privacy/settings_dialog.py" line="57"/>
        <source>Personal data: retention and review</source>
        <translation>Données personnelles&#xa0;: conservation et revue</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="62"/>
        <location filename="../privacy/settings_dialog.py" line="66"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="70"/>
        <source>Each member&apos;s daily presence is kept until its month is invoiced and settled between places, then replaced by anonymous counts per day, hour and category: reports of past periods keep their figures, the member&apos;s history no longer shows those days.</source>
        <translation>La présence quotidienne de chaque membre est conservée jusqu&apos;à ce que le mois soit facturé et réglé entre les lieux, puis remplacée par des comptes anonymes par jour, heure et catégorie : les bilans des périodes passées gardent leurs chiffres, l&apos;historique du membre ne montre plus ces jours.</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="77"/>
        <source>Keep scan events</source>
        <translation>Conserver les passages</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="79"/>
        <source>Daily presence</source>
        <translation>Présence quotidienne</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="81"/>
        <source>Review members inactive for</source>
        <translation>Revoir les membres inactifs depuis</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="86"/>
        <source>Reason to keep (e.g. honorary member)</source>
        <translation>Motif pour conserver (par exemple&#xa0;: membre d’honneur)</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="87"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="88"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="97"/>
        <source>Members to review (no visit, plan or registration for that long):</source>
        <translation>Membres à revoir (ni passage, ni formule, ni inscription depuis cette durée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="129"/>
        <source>No month past the retention is held per member.</source>
        <translation>Aucun mois au-delà de la durée de conservation n&apos;est gardé au nom des membres.</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="131"/>
        <source>open drafts</source>
        <translation>brouillons ouverts</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="131"/>
        <source>not invoiced</source>
        <translation>non facturé</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="132"/>
        <source>not exported to the network yet</source>
        <translation>pas encore exporté vers le réseau</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="133"/>
        <source>not settled with %1</source>
        <translation>pas encore réglé avec %1</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="133"/>
        <source>import waiting for %1</source>
        <translation>import en attente pour %1</translation>
    </message>
    <message>
        <location filename="../privacy/settings_dialog.py" line="139"/>
        <source>Still held per member: %1</source>
        <translation>Encore gardé au nom des membres : %1</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <location filename="../frontdesk/recent_model.py" line="40"/>
        <source>automatic, at closing time</source>
        <translation>automatique, à la fermeture</translation>
    </message>
    <message>
        <location filename="../frontdesk/recent_model.py" line="41"/>
        <source>by the host</source>
        <translation>par l’accueil</translation>
    </message>
    <message>
        <location filename="../frontdesk/recent_model.py" line="42"/>
        <source>webcam</source>
        <translation>webcam</translation>
    </message>
    <message>
        <location filename="../frontdesk/recent_model.py" line="44"/>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <location filename="../frontdesk/recent_model.py" line="45"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="165"/>
        <source>Resident of desk %1</source>
        <translation>Résident du poste %1</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="171"/>
        <source>Name or number…</source>
        <translation>Nom ou numéro…</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="172"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../backup/restore_dialog.py" line="40"/>
        <location filename="../backup/restore_dialog.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="43"/>
        <source>Restoring puts the chosen backup in place of the database. The current database is kept aside first; the window then closes, start it again.</source>
        <translation>La restauration met la sauvegarde choisie à la place de la base. La base actuelle est d’abord mise de côté&#x202f;; la fenêtre se ferme ensuite, relancez-la.</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="47"/>
        <source>Made (UTC)</source>
        <translation>Faite le (UTC)</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="47"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="47"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="48"/>
        <source>Check-ins</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="48"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="48"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="59"/>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="61"/>
        <location filename="../backup/restore_dialog.py" line="134"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="97"/>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="97"/>
        <source>network signature</source>
        <translation>signature du réseau</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="98"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="111"/>
        <source>%1
%2 bytes, made by Télécentre Desk %3 (schema %4).</source>
        <translation>%1
%2 octets, faite par Télécentre Desk %3 (schéma %4).</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="118"/>
        <source>Backups (*.tdbackup.sqlite *.sqlite);;All files (*)</source>
        <translation>Sauvegardes (*.tdbackup.sqlite *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../backup/restore_dialog.py" line="132"/>
        <source>Put the backup of %1 in place of the current database? The current one is kept aside first.</source>
        <translation>Mettre la sauvegarde du %1 à la place de la base actuelle&#x202f;? Celle-ci est d’abord mise de côté.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="77"/>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="77"/>
        <source>Edit room</source>
        <translation>Modifier la salle</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="90"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="91"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../floorplan/edit_dialogs.py" line="92"/>
        <source>Capacity (desks or seats)</source>
        <translation>Capacité (postes ou places)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../operations/runner.py" line="158"/>
        <source>%1 is already running: wait for it to end, or cancel it.</source>
        <translation>%1 : déjà en cours ; attendez la fin ou annulez.</translation>
    </message>
    <message>
        <location filename="../operations/runner.py" line="262"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="63"/>
        <location filename="../frontdesk/sale_dialog.py" line="135"/>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="68"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="69"/>
        <source>New visitor</source>
        <translation>Nouveau visiteur</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="74"/>
        <source>Member&apos;s name or number</source>
        <translation>Nom ou numéro du membre</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="80"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="82"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="84"/>
        <source>Email (optional, to send the invoice)</source>
        <translation>Courriel (facultatif, pour envoyer la facture)</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="100"/>
        <source>Invoice now</source>
        <translation>Facturer maintenant</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="101"/>
        <source>Add to the month&apos;s invoice</source>
        <translation>Ajouter à la facture du mois</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="110"/>
        <source>Not paid now</source>
        <translation>Pas payé maintenant</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="111"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="112"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="113"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="114"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="115"/>
        <source>Nothing on sale at the desk: add passes, carnets or extras in the Plans screen.</source>
        <translation>Rien n’est en vente à l’accueil : ajoutez des pass, carnets ou extras dans l’écran Formules.</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="126"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="128"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="129"/>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="130"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="131"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="146"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="147"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="148"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="195"/>
        <source> excl. VAT</source>
        <translation> HT</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="232"/>
        <source>%1 incl. VAT (%2 + VAT %3)</source>
        <translation>%1 TTC (%2 + TVA %3)</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="258"/>
        <source>Choose the member in the list.</source>
        <translation>Choisissez le membre dans la liste.</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="280"/>
        <source>paid: %1</source>
        <translation>payé : %1</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="281"/>
        <source>not paid yet</source>
        <translation>pas encore payé</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="282"/>
        <source>&lt;b&gt;Invoice %1 issued&lt;/b&gt; for %2&lt;br&gt;%5 × %6&lt;br&gt;Total: %3 — %4</source>
        <translation>&lt;b&gt;Facture %1 émise&lt;/b&gt; pour %2&lt;br&gt;%5 × %6&lt;br&gt;Total&#x202f;: %3 — %4</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="287"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="322"/>
        <source>Not done: %1</source>
        <translation>Non fait : %1</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="326"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="326"/>
        <source>Preparing invoice %1…</source>
        <translation>Préparation de la facture %1…</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="342"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="350"/>
        <source>Save the invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="350"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Non enregistré</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_dialog.py" line="354"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SalePrint</name>
    <message>
        <location filename="../frontdesk/sale_print.py" line="34"/>
        <source>The invoice could not be prepared for printing.</source>
        <translation>La facture n’a pas pu être préparée pour l’impression.</translation>
    </message>
    <message>
        <location filename="../frontdesk/sale_print.py" line="37"/>
        <source>The printer cannot be used (is it connected?).</source>
        <translation>L’imprimante n’est pas utilisable (est-elle branchée ?).</translation>
    </message>
</context>
<context>
    <name>SettlementModels</name>
    <message>
        <location filename="../network/settlement_models.py" line="36"/>
        <source>home place bills</source>
        <translation>le lieu d’origine facture</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="37"/>
        <source>visited place bills</source>
        <translation>le lieu visité facture</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="39"/>
        <source>to agree: no network rate</source>
        <translation>à convenir : pas de tarif réseau</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="40"/>
        <source>nothing owed</source>
        <translation>rien n’est dû</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="41"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="47"/>
        <source>Home place</source>
        <translation>Lieu d’origine</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="48"/>
        <source>Visited place</source>
        <translation>Lieu visité</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="49"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="50"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="51"/>
        <source>Visit-days</source>
        <translation>Jours de visite</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="52"/>
        <source>Rate excl. VAT</source>
        <translation>Tarif HT</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="53"/>
        <source>Home place&apos;s rule</source>
        <translation>Règle du lieu d’origine</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="54"/>
        <source>Owed excl. VAT</source>
        <translation>Dû HT</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="110"/>
        <source>One way</source>
        <translation>Dans un sens</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="111"/>
        <source>The other way</source>
        <translation>Dans l’autre</translation>
    </message>
    <message>
        <source>Day rate excl. VAT</source>
        <translation type="vanished">Tarif journée HT</translation>
    </message>
    <message>
        <source>Rule of the home place</source>
        <translation type="vanished">Règle du lieu d’origine</translation>
    </message>
    <message>
        <source>Home place owes excl. VAT</source>
        <translation type="vanished">Dû par le lieu d’origine HT</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="109"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>First owes second</source>
        <translation type="vanished">Le premier doit au second</translation>
    </message>
    <message>
        <source>Second owes first</source>
        <translation type="vanished">Le second doit au premier</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="112"/>
        <source>Net balance</source>
        <translation>Solde net</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="128"/>
        <source>even</source>
        <translation>à égalité</translation>
    </message>
    <message>
        <location filename="../network/settlement_models.py" line="129"/>
        <source>%1 owes %2 %3</source>
        <translation>%1 doit %3 à %2</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <location filename="../network/settlement_tab.py" line="49"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="52"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="55"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="57"/>
        <source>Month:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="75"/>
        <source>Network visits by pair of places</source>
        <translation>Visites réseau par couple de lieux</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="79"/>
        <source>What each pair of places settles</source>
        <translation>Ce que chaque couple de lieux règle</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="82"/>
        <source>Under the rule &quot;home place bills&quot;, the home place bills its members for their days at the other place and owes that place its network day rate for each of those days; under &quot;visited place bills&quot; the visited place billed them itself and nothing is owed. Amounts excluding VAT.</source>
        <translation>Avec la règle « le lieu d’origine facture », le lieu d’origine facture ses membres pour leurs journées dans l’autre lieu et doit à ce lieu son tarif réseau pour chacune de ces journées ; avec « le lieu visité facture », le lieu visité les a facturés lui-même et rien n’est dû. Montants hors TVA.</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="124"/>
        <source>No network visit is known for %1: nothing to settle.</source>
        <translation>Aucune visite réseau connue pour %1 : rien à régler.</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="156"/>
        <source>settlement</source>
        <translation>reglement</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="158"/>
        <source>Export the settlement (CSV for Excel)</source>
        <translation>Exporter le règlement (CSV pour Excel)</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="165"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../network/settlement_tab.py" line="167"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../store.py" line="167"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../store.py" line="146"/>
        <location filename="../store.py" line="188"/>
        <source>Cannot read the data</source>
        <translation>Impossible de lire les données</translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message>
        <location filename="../network/summary.py" line="31"/>
        <source>No other place has exported to this folder yet.</source>
        <translation>Aucun autre lieu n’a encore exporté dans ce dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="34"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliqué</numerusform>
            <numerusform>%n appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="35"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="36"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="37"/>
        <source>%n refused: key not accepted</source>
        <translation>
            <numerusform>%n refusé : clé non acceptée</numerusform>
            <numerusform>%n refusés : clé non acceptée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="38"/>
        <source>%n refused: forged or damaged signature</source>
        <translation>
            <numerusform>%n refusé : signature falsifiée ou abîmée</numerusform>
            <numerusform>%n refusés : signature falsifiée ou abîmée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="40"/>
        <source>%n older, ignored</source>
        <translation>
            <numerusform>%n plus ancien, ignoré</numerusform>
            <numerusform>%n plus anciens, ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="41"/>
        <source>%n without a complete export</source>
        <translation>
            <numerusform>%n sans export complet</numerusform>
            <numerusform>%n sans export complet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="43"/>
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n ligne appliquée</numerusform>
            <numerusform>%n lignes appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="43"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="45"/>
        <source>%n row(s) waiting for their members</source>
        <translation>
            <numerusform>%n ligne en attente de ses membres</numerusform>
            <numerusform>%n lignes en attente de leurs membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="46"/>
        <source>%n place(s) read: %1 — %2.</source>
        <translation>
            <numerusform>%n lieu lu : %1 — %2.</numerusform>
            <numerusform>%n lieux lus : %1 — %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../network/summary.py" line="48"/>
        <source>This place&apos;s export %1 written (%n row(s)).</source>
        <translation>
            <numerusform>Export %1 de ce lieu écrit (%n ligne).</numerusform>
            <numerusform>Export %1 de ce lieu écrit (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../network/summary.py" line="52"/>
        <source>Stopped: the places not read yet will be read at the next sync.</source>
        <translation>Arrêté : les lieux pas encore lus le seront à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <location filename="../network/log_model.py" line="28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="29"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="30"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="31"/>
        <source>File:line</source>
        <translation>Fichier:ligne</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="32"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="36"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="37"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="38"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="39"/>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <location filename="../network/log_model.py" line="40"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../network/sync_panel.py" line="92"/>
        <source>A network drive, a synced cloud folder or a USB stick</source>
        <translation>Un lecteur réseau, un dossier cloud synchronisé ou une clé USB</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="94"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="95"/>
        <source>Network settings…</source>
        <translation>Réglages du réseau…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="97"/>
        <source>Shared folder:</source>
        <translation>Dossier partagé :</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="103"/>
        <source>Synchronise</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="111"/>
        <source>Read the other places&apos; exports, then write this place&apos;s (%1)</source>
        <translation>Lire les exports des autres lieux, puis écrire celui de ce lieu (%1)</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="145"/>
        <source>Places of the network</source>
        <translation>Lieux du réseau</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="165"/>
        <source>Double-click an entry to read it whole.</source>
        <translation>Double-cliquez sur une entrée pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="169"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="218"/>
        <source>This place (%1): export %2 written on %3.</source>
        <translation>Ce lieu (%1) : export %2 écrit le %3.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="222"/>
        <source>This place (%1) has not exported yet.</source>
        <translation>Ce lieu (%1) n’a pas encore exporté.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="230"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="231"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="232"/>
        <source>Refused (%1)</source>
        <translation>Refusés (%1)</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="247"/>
        <source>The network&apos;s shared folder</source>
        <translation>Le dossier partagé du réseau</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="280"/>
        <source>Choose the shared folder first: where the places of the network leave their exports.</source>
        <translation>Choisissez d’abord le dossier partagé : là où les lieux du réseau déposent leurs exports.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="285"/>
        <source>The shared folder %1 cannot be reached: is the USB stick or the network drive connected? Nothing was changed.</source>
        <translation>Le dossier partagé %1 est inaccessible : la clé USB ou le lecteur réseau est-il branché ? Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="292"/>
        <source>Not synchronised</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="295"/>
        <source>Synchronising with the network…</source>
        <translation>Synchronisation avec le réseau…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="305"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="298"/>
        <location filename="../network/sync_panel.py" line="322"/>
        <source>Stopping after the place being read…</source>
        <translation>Arrêt après le lieu en cours de lecture…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="336"/>
        <source>Writing this place&apos;s export…</source>
        <translation>Écriture de l’export de ce lieu…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="338"/>
        <source>Reading the export of %1 (%2 of %3)…</source>
        <translation>Lecture de l’export de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="341"/>
        <source>The other places&apos; exports are read.</source>
        <translation>Les exports des autres lieux sont lus.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="351"/>
        <source>Not synchronised: %1. What was read before is kept; nothing is lost.</source>
        <translation>Non synchronisé : %1. Ce qui avait été lu avant est conservé ; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="356"/>
        <source>The sync stopped on an unexpected error.</source>
        <translation>La synchronisation s’est arrêtée sur une erreur inattendue.</translation>
    </message>
    <message>
        <location filename="../network/sync_panel.py" line="366"/>
        <source>The key of %1 is accepted: its exports are read at the next sync.</source>
        <translation>La clé de %1 est acceptée : ses exports seront lus à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../reports/screen.py" line="84"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="84"/>
        <source>Open the front desk</source>
        <translation>Ouvrir l’accueil</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="85"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="85"/>
        <source>Open the occupancy</source>
        <translation>Ouvrir l’occupation</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="86"/>
        <source>Carnets running out</source>
        <translation>Carnets bientôt épuisés</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="86"/>
        <source>Open the members</source>
        <translation>Ouvrir les membres</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="88"/>
        <source>Invoices overdue</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="88"/>
        <source>Open the invoices</source>
        <translation>Ouvrir les factures</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="90"/>
        <source>Last synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="90"/>
        <source>Open the network</source>
        <translation>Ouvrir le réseau</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="93"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="93"/>
        <source>Open the backups…</source>
        <translation>Ouvrir les sauvegardes…</translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="122"/>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="124"/>
        <location filename="../reports/screen.py" line="127"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="125"/>
        <source>%n person(s) in now</source>
        <translation>
            <numerusform>%n personne présente</numerusform>
            <numerusform>%n personnes présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="128"/>
        <source>Last week by the same day: %n visit(s)</source>
        <translation>
            <numerusform>Semaine dernière au même jour&#xa0;: %n visite</numerusform>
            <numerusform>Semaine dernière au même jour&#xa0;: %n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="131"/>
        <source>%n half day(s) left</source>
        <translation>
            <numerusform>%n demi-journée restante</numerusform>
            <numerusform>%n demi-journées restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="133"/>
        <source>%n carnet(s)</source>
        <translation>
            <numerusform>%n carnet</numerusform>
            <numerusform>%n carnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/screen.py" line="135"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/screen.py" line="139"/>
        <location filename="../reports/screen.py" line="140"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>TrustBox</name>
    <message>
        <location filename="../network/trust_box.py" line="31"/>
        <source>Signing keys waiting for your acceptance</source>
        <translation>Clés de signature en attente de votre accord</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="55"/>
        <source>%1: THE SIGNING KEY CHANGED. Its exports are refused until you accept the new key. Call the place: a reinstalled computer, or someone posing as it?</source>
        <translation>%1 : LA CLÉ DE SIGNATURE A CHANGÉ. Ses exports sont refusés tant que vous n&apos;acceptez pas la nouvelle clé. Appelez le lieu : un ordinateur réinstallé, ou quelqu&apos;un qui se fait passer pour lui ?</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="58"/>
        <source>%1: a new place of the network. Call it and read the fingerprint together before accepting.</source>
        <translation>%1 : un nouveau lieu du réseau. Appelez-le et lisez l&apos;empreinte ensemble avant d&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="72"/>
        <source>Accept this key…</source>
        <translation>Accepter cette clé…</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="81"/>
        <source>Accept the signing key %1 for %2?

Accept it only if the host of %2 read you the same fingerprint (Network screen or &apos;telecentre-desk place key&apos; there).</source>
        <translation>Accepter la clé de signature %1 pour %2 ?

Acceptez-la seulement si l&apos;hôte de %2 vous a lu la même empreinte (écran Réseau ou « telecentre-desk place key » là-bas).</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="84"/>
        <source>Accept a signing key</source>
        <translation>Accepter une clé de signature</translation>
    </message>
    <message>
        <location filename="../network/trust_box.py" line="92"/>
        <source>Key not accepted</source>
        <translation>Clé non acceptée</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../undo.py" line="78"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../undo.py" line="79"/>
        <source>Undo %1</source>
        <translation>Défaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../undo.py" line="80"/>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <location filename="../undo.py" line="81"/>
        <source>Redo %1</source>
        <translation>Refaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="39"/>
        <source>Sign in a visitor</source>
        <translation>Accueillir un visiteur</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="45"/>
        <source>Day pass</source>
        <translation>Pass journée</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="46"/>
        <source>Guest of a member</source>
        <translation>Invité d’un membre</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="52"/>
        <source>Member&apos;s name or number</source>
        <translation>Nom ou numéro du membre</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="54"/>
        <source>No day or half-day pass on sale: add one in the Plans screen.</source>
        <translation>Aucun pass journée ou demi-journée en vente : ajoutez-en un dans l’écran Formules.</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="60"/>
        <source>First name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="61"/>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="69"/>
        <source>Sign in</source>
        <translation>Accueillir</translation>
    </message>
    <message>
        <location filename="../frontdesk/visitor_dialog.py" line="113"/>
        <source>Choose the inviting member in the list.</source>
        <translation>Choisissez le membre qui invite dans la liste.</translation>
    </message>
</context>
<context>
    <name>VisitorLogDialog</name>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="33"/>
        <location filename="../members/visitor_log_dialog.py" line="46"/>
        <source>Visitor log</source>
        <translation>Registre des visiteurs</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="38"/>
        <location filename="../members/visitor_log_dialog.py" line="51"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="38"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="42"/>
        <source>Name, number or inviting member…</source>
        <translation>Nom, numéro ou membre qui invite…</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="43"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="45"/>
        <source>Export (CSV)…</source>
        <translation>Exporter (CSV)…</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="46"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="46"/>
        <source>In</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="46"/>
        <source>Out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="47"/>
        <source>Time spent</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="47"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="48"/>
        <source>Guest of</source>
        <translation>Invité de</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="53"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="85"/>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="85"/>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../members/visitor_log_dialog.py" line="90"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="95"/>
        <source>Export the visitor log</source>
        <translation>Exporter le registre des visiteurs</translation>
    </message>
    <message>
        <location filename="../members/visitor_log_dialog.py" line="97"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Tableurs (*.csv)</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <location filename="../members/history_dialog.py" line="32"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../members/history_dialog.py" line="33"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../members/history_dialog.py" line="34"/>
        <source>In</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../members/history_dialog.py" line="35"/>
        <source>Out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../members/history_dialog.py" line="36"/>
        <source>Time spent</source>
        <translation>Durée</translation>
    </message>
</context>
</TS>
