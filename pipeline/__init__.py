"""callredact's Apache Beam pipeline: stages, sources, sinks and the CLI."""

__version__ = "0.1.0"
