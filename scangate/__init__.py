"""scangate: a multi-scanner security gate that never fails open."""

__version__ = "0.1.0"
