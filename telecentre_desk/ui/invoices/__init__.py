"""The Invoices screen: the month's invoices, drafts to review and issue, payments, credit notes, files."""
