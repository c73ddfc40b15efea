from kutip.cli import main

raise SystemExit(main())
