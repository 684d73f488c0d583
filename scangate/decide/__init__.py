"""From findings to a verdict: correlation, the quorum policy, adoption, shards."""
