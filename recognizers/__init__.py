"""Everything that finds PII in call transcripts."""
