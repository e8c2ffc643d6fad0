"""Collection (报送): inbox → safe unpacking → type by content → validation → conversion →
content-addressed store → ledger, with lateness against the campaign's deadlines (DESIGN §3)."""
