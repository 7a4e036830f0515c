"""Everything that loads a model: specs, offline provisioning, handlers."""
