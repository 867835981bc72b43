"""bench/RESULTS.md is written by several scripts (compare, panels, similarity, Python, R), each
owning one part of it between its own two marker comments: a script replaces its part and leaves
the others as they are."""
import os

RESULTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "RESULTS.md")


def write_part(section, begin, end, path=RESULTS):
    """Puts `section` (from the line `begin` to the line `end`, newline included) where the file's
    part between those markers was, or at the end of the file when it has none yet."""
    text = open(path).read() if os.path.exists(path) else ""
    if begin in text and end in text:
        text = text[:text.index(begin)] + section + text[text.index(end) + len(end) + 1:]
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "") + section
    with open(path, "w") as f:
        f.write(text)
