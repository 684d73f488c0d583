"""SARIF 2.1.0: writing our model as SARIF, and reading SARIF scangate wrote."""
