// barrel for diff
