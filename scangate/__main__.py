from scangate.cli import main

main()
