"""ipdocs: a district office's IP-protection assessment campaign, from task distribution to the
red-header self-evaluation report (知识产权保护工作检查考核)."""

__version__ = "0.1.0"
