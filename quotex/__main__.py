"""``python -m quotex``: the demo CLI."""

from .cli import main

raise SystemExit(main())
