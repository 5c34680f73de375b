"""quotex: find quoted speech in Russian text and say who said it.

>>> from quotex import extract
>>> [q.kind for q in extract("«Мы готовы к переговорам», — заявил министр.")]
['direct']
"""

from .batch import extract_many
from .extract import extract
from .stream import extract_stream
from .summary import SpeakerSummary, speakers
from .types import Quote, Span, Speaker

__all__ = [
    "Quote",
    "Span",
    "Speaker",
    "SpeakerSummary",
    "extract",
    "extract_many",
    "extract_stream",
    "speakers",
]
__version__ = "0.1.0"
