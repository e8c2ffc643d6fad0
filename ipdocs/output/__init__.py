"""The output layer: tables declared once and rendered for the terminal, Markdown, HTML and XLSX; one
deterministic saver for DOCX/XLSX/ZIP; one LibreOffice runner."""
