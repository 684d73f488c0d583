"""Configuration and who controls it: the config file, waivers, the trust boundary."""
