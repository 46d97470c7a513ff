import { defineElement } from '../shared/define.js';
import { IomHotlineBanner } from './hotline-banner.js';

defineElement('iom-hotline-banner', IomHotlineBanner);
export { IomHotlineBanner };
