"""Personal data under the RGPD: erasure, access, retention, secrets and private files (docs/rgpd.md)."""
