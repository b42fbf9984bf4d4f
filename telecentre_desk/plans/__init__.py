"""The catalogue of plans and passes, and members' subscriptions."""
