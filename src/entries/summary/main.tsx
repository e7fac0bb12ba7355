// placeholder until the summary UI is wired
export {};
