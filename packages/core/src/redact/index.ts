// barrel for redact
