declare module 'virtual:chart-theme.css';
