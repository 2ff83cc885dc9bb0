"""`python -m drøftelse` does what the `droeftelse` command does."""

import sys

from drøftelse.cli import main

sys.exit(main())
