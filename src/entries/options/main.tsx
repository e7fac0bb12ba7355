// placeholder until the options UI is wired
export {};
