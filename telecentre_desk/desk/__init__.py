"""The front desk: access rules, the scan pipeline, presence, automatic check-out."""
