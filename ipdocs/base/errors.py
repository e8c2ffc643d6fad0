"""User-facing errors. Their message is one Chinese line naming the file, field or criterion and what
was expected; the CLI prints it without a traceback unless --debug is given."""


class IpdocsError(Exception):
    """An error a coordinator can act on."""


class RubricError(IpdocsError):
    """A rubric file that is malformed or whose points do not add up."""


class FactError(IpdocsError):
    """A facts input that names an unknown criterion or gives a value of the wrong shape."""


class CampaignError(IpdocsError):
    """A campaign.yaml whose units, assignments, deadlines or period do not hold together."""
