"""chidao: read Vietnamese directive letters into validated "6 rõ" task records.

    from pipeline import extract
    letter = extract("letter.txt")          # or extract(text_of_the_letter)
"""
from pipeline.errors import ChidaoError, UnreadableFile
from pipeline.extract import extract, extract_document
from pipeline.readers import read

__all__ = ["ChidaoError", "UnreadableFile", "extract", "extract_document", "read"]
