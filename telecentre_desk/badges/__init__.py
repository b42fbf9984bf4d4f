"""Badges: the QR payload, issuing, reissuing and revoking, printing, verification."""
