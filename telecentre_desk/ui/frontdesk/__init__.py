"""The front desk screen: scans, answers, who is in, the host's check-ins, visitors and overrides."""
