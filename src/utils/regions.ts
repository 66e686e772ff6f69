/**
 * The region list (参保地 and their 区县) changes only with a new release of the rules: fetch it once per
 * app session and share it between pages. A failed fetch is not kept, so the next call tries again.
 */
import { api } from '@/api/endpoints'
import type { Region, RegionList } from '@/api/schema'

let cached: Promise<RegionList> | undefined

export function regionsOnce(): Promise<RegionList> {
  if (!cached) {
    cached = api.regions()
    cached.catch(() => {
      cached = undefined
    })
  }
  return cached
}

/** "宁夏回族自治区 · 兴庆区" (the district only when it is known and not the same as the region). */
export function placeName(region: Region | undefined, regionName: string | null, district: string | null): string {
  const name = region?.name ?? regionName ?? ''
  const d = region?.districts.find((x) => x.code === district)?.name
  return d && d !== name ? `${name} · ${d}` : name
}
