// barrel for config
