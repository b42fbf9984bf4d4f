"""Badge actions on the Members screen: issue, reissue, revoke, preview and print."""
