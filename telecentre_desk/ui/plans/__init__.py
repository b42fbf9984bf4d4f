"""The Plans screen: table model, screen and add/edit dialog."""
