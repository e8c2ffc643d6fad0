"""Forms units fill in (a DOCX self-evaluation template, an XLSX evidence register) and their readers:
one module each, so what distribution writes is exactly what collection reads."""

from ipdocs.forms.register import EvidenceRow, Register, read_register, write_register
from ipdocs.forms.selfeval import SelfEvaluation, read_selfeval_form, write_selfeval_form

__all__ = ["EvidenceRow", "Register", "SelfEvaluation", "read_register", "read_selfeval_form", "write_register",
           "write_selfeval_form"]
