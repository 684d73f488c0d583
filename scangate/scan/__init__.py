"""Running the scanners: processes, scheduling, attempts and failover, the result cache."""
