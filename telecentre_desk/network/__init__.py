"""The network seen from one place: roaming policy, settlement between places, network report."""
