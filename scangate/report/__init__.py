"""Reports of a ScanResult: text (terminal), json, sarif; one module per format."""
