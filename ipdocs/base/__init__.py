"""What every stage shares: errors with Chinese messages, exact decimals, strict YAML, input-file shapes."""
