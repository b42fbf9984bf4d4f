"""The Occupancy screen: the indicators funders ask for over a period, as cards, charts and a table."""
