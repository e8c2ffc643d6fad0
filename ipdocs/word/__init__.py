"""Word documents: the raw OOXML layer (`oxml`), GB/T 9704 official documents over it (`official`) and their
checker (`lint`)."""
