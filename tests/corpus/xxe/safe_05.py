# corpus: cwe=611 label=safe
import xml.etree.ElementTree as ET

SETTINGS_FILE = "/etc/reporting/settings.xml"


def load_settings():
    root = ET.parse(SETTINGS_FILE).getroot()
    return {child.tag: child.text for child in root}


if __name__ == "__main__":
    print(load_settings())
