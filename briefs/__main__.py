"""Allow ``python -m briefs``."""
from briefs.cli import main

if __name__ == "__main__":  # guarded: the render worker's process imports this module too
    main()
