import subprocess
import sys
from pathlib import Path


def test_gold_annotation_is_consistent_with_the_seed_texts():
    """Every evidence excerpt is in its file, every key is in the table, no duplicate rows."""
    script = Path(__file__).parent / "gold" / "check_gold.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
