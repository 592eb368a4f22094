-- What a token may do: 'read' (GET only), 'write' (also the inventory, notices and checks),
-- 'owner' (everything). Tokens made before scopes existed could do everything: they stay 'owner'.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'owner' CHECK (scope IN ('read', 'write', 'owner'));
