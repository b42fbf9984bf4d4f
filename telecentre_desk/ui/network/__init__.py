"""The Network screen: exchange files with the other places, what came of it, the network's money."""
