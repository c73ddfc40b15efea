"""``python -m kutip.cli``, the same as the ``kutip`` script."""

from kutip.cli import main

raise SystemExit(main())
