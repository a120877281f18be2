"""Entry point of the packaged kiosk: the same ``faceapp`` command as the pip install."""

import multiprocessing
import sys

from faceapp.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the benchmark measures memory in a child process
    sys.exit(main())
