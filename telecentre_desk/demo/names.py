"""French names and places for the demo: varied, accented, some with hyphens and apostrophes.

Written by hand for the demo (no real person is meant); accents, compound first names and
particles are on purpose, so that searching, sorting, e-mails and badges meet them early.
"""

from __future__ import annotations

FIRST_NAMES: tuple[str, ...] = (
    "Élodie", "Grégoire", "Chloé", "Anaïs", "Hélène", "Jérôme", "Léa", "Noémie", "Raphaël", "Zoé",
    "Maëlle", "Clément", "Céline", "Frédéric", "Mélanie", "Benoît", "Gaël", "Inès", "Loïc", "Agnès",
    "Thaïs", "Joël", "Solène", "Aurélien", "Amélie", "Stéphane", "Valérie", "Rémi", "Émile", "Maïté",
    "Timothée", "Irène", "Cécile", "Gérard", "Régis", "Séverine", "Hervé", "Renée", "Eugénie",
    "Bérénice", "Anaëlle", "Matthieu", "Nathalie", "Pauline", "Camille", "Lucas", "Hugo", "Manon",
    "Sarah", "Thomas", "Julien", "Nicolas", "Sophie", "Marion", "Claire", "Antoine", "Baptiste",
    "Margaux", "Louise", "Arthur", "Jules", "Paul", "Laure", "Yannick", "Pierre-Yves", "Jean-Luc",
    "Marie-Hélène", "Anne-Sophie", "Kévin", "Océane", "Maxime", "Florian", "Coralie", "Estelle",
    "Fabien", "Sylvain", "Yasmine", "Karim", "Nadia", "Mehdi", "Lina", "Youssef", "Gwenaëlle",
    "François", "Françoise", "Jacques", "Odile", "Lætitia", "Aurore", "Bastien", "Célestin", "Capucine",
)

LAST_NAMES: tuple[str, ...] = (
    "Thévenot", "Chabrol", "Pagès", "Boissonnade", "Rouvière", "Malafosse", "Bonnal", "Velay",
    "Castan", "Crespin", "Fabre", "Vidal", "Chaptal", "Pélissier", "Servière", "Gély", "Méjean",
    "Bruguière", "Astruc", "Espinasse", "Couderc", "Jourdan", "Sabatier", "Mazoyer", "Rieutord",
    "Prunières", "Boulet", "Cabanel", "Delmas", "Lafont", "Bancel", "Bréchet", "Caumette", "Combes",
    "Duclos", "Étienne", "Faure", "Guérin", "Hébrard", "Jaffard", "Lagrange", "Martel", "Nègre",
    "Olivier", "Pantel", "Roussel", "Séguin", "Teissier", "Valette", "Ménard", "Lévêque", "Lefèvre",
    "Béranger", "Deschênes", "Noël", "Chassefière", "Privat", "Salles", "Turc", "Brunel", "Monestier",
    "Grégoire", "Aigoin", "Plantier", "Roux", "Meynadier", "Solignac", "Daudé", "Fesquet", "Bouët",
    "Le Goff", "N'Diaye", "de La Rochette", "Benhamou", "Nguyen", "Da Silva", "Kowalski", "Müller",
    "Hoarau", "Le Bihan", "Dupré", "Hérault", "Cévenol", "Bastide", "Lacroix", "Pérès", "Mathieu",
)

# Business customers: (name, legal form) for the few companies among the members.
COMPANIES: tuple[str, ...] = (
    "Causses Numériques SARL", "Atelier du Tarnon SAS", "Cévennes Data SCOP", "Lozère Web Services EURL",
    "Bois & Schiste SARL", "Mont Lozère Conseil SAS", "Transhumance Studio SARL", "Gorges Géomatique SAS",
)

ASSOCIATIONS: tuple[str, ...] = (
    "Foyer rural de Vebron", "Cévennes Écologie", "Ciné-club de Florac", "Les Amis du Tarnon",
    "Radio Bartas", "Festival Détours du Causse", "Atelier vélo du Pêcher", "Chemins d'Aigoual",
)

# Villages around Florac with their postcodes: members live within half an hour's drive.
VILLAGES: tuple[tuple[str, str], ...] = (
    ("Florac Trois Rivières", "48400"), ("Florac Trois Rivières", "48400"), ("Ispagnac", "48320"),
    ("Quézac", "48320"), ("Meyrueis", "48150"), ("Le Pont-de-Montvert", "48220"), ("Vebron", "48400"),
    ("Barre-des-Cévennes", "48400"), ("Cassagnas", "48400"), ("Sainte-Enimie", "48210"),
    ("Mende", "48000"), ("Le Collet-de-Dèze", "48160"), ("Saint-Germain-de-Calberte", "48370"),
)

STREETS: tuple[str, ...] = (
    "rue du Pêcher", "avenue Jean Monestier", "rue de l'Église", "chemin de la Croisette",
    "place du Souvenir", "route de Meyrueis", "rue du Four", "impasse des Tilleuls", "le Bourg",
    "chemin des Faïsses", "rue du Château", "hameau de la Borie", "route du Pont-de-Montvert",
)

NOTES: tuple[str, ...] = (
    "Préfère le poste près de la fenêtre.", "Vient souvent avec son chien (accord de l'équipe).",
    "Suivi France Travail : attestation de présence mensuelle.",
    "Alternance : présente hors semaines d'école.",
    "Facture au nom de l'entreprise.", "Réserve la salle le mardi matin.",
)
