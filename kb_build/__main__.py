from kb_build.cli import main

main()
