"""The Members screen: table model, filter proxy, screen and add/edit dialog."""
